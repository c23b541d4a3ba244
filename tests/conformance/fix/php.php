<?php
// ruleid: conf.fix.php
$h = md5($password);
// ok: conf.fix.php
$h = sha1($password);
