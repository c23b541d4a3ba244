<?php
// ruleid: conf.fix.php
$h = password_hash($password, PASSWORD_DEFAULT);
// ok: conf.fix.php
$h = sha1($password);
