<?php
// ruleid: conf.pattern-not.php
echo $_GET['name'];
// ruleid: conf.pattern-not.php
echo $name;
// ok: conf.pattern-not.php
echo "hello";
// ok: conf.pattern-not.php
echo htmlspecialchars($name);
