<?php
// ruleid: conf.ellipsis.php.args
setcookie("a", $v, 0, "/", "", false);
// ok: conf.ellipsis.php.args
setcookie("a", $v);
// ruleid: conf.ellipsis.php.statements
ob_start();
echo "x";
ob_end_flush();
// ok: conf.ellipsis.php.statements
ob_start();
// ruleid: conf.ellipsis.php.array
$cfg = array("name" => "x", "debug" => true);
// `[...]` is the same array as `array(...)`.
// todoruleid: conf.ellipsis.php.array
$cfg = ["debug" => true];
// ok: conf.ellipsis.php.array
$cfg = array("debug" => false);
// ruleid: conf.ellipsis.php.params
function login($user, $password) {
    return 1;
}
// ok: conf.ellipsis.php.params
function other($user) {
    return 1;
}
// ruleid: conf.ellipsis.php.inline-block
if (isset($a)) { echo 1; }
// ok: conf.ellipsis.php.inline-block
if (empty($a)) { echo 1; }
