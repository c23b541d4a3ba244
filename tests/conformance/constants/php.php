<?php
$q = "ls";
// A PHP variable holding a literal string.
// ruleid: conf.constants.php
system($q);
// ruleid: conf.constants.php
system("ls");
// ok: conf.constants.php
system($_GET["c"]);
