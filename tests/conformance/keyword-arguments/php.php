<?php
// ruleid: conf.keyword-arguments.php
setcookie("a", $v, secure: false, httponly: false);
// PHP 8 named arguments in another order.
// todoruleid: conf.keyword-arguments.php
setcookie("a", $v, httponly: false, secure: false);
// ok: conf.keyword-arguments.php
setcookie("a", $v, secure: true, httponly: false);
