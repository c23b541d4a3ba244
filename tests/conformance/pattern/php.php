<?php
// ruleid: conf.pattern.php
system($_GET['cmd']);
// ruleid: conf.pattern.php
$out = system("ls " . $dir);
// ok: conf.pattern.php
system($a, $rc);
// ok: conf.pattern.php
$obj->system($cmd);
