<?php
function show($id) {
    // ruleid: conf.pattern-inside.php
    // ruleid: conf.pattern-inside.php.name
    mysqli_query($c, "SELECT * FROM t WHERE id = " . $id);
}
function other($id) {
    // ok: conf.pattern-inside.php
    // ruleid: conf.pattern-inside.php.name
    mysqli_query($c, "SELECT * FROM t WHERE id = " . $id);
}
// ok: conf.pattern-inside.php, conf.pattern-inside.php.name
mysqli_query($c, "SELECT 1");
