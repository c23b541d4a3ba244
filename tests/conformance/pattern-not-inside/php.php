<?php
// ruleid: conf.pattern-not-inside.php
echo $_GET['a'];
if (isset($_GET['b'])) {
    // ok: conf.pattern-not-inside.php
    echo $_GET['b'];
    // ruleid: conf.pattern-not-inside.php
    echo $_GET['c'];
}
