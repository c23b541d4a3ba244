<?php
$expr = $_GET['expr'];
// ruleid: php.web.code-injection
$result = eval("return " . $expr . ";");

// ruleid: php.web.code-injection
call_user_func($_GET['action'], $_GET['arg']);

// ok: php.web.code-injection
eval("return 6 * 7;");

$handlers = ['list' => 'list_items', 'show' => 'show_item'];
$action = $_GET['action'];
if (isset($handlers[$action])) {
    // ok: php.web.code-injection
    call_user_func($handlers[$action]);
}

function calc($formula) {
    // ruleid: php.web.code-injection
    return eval('return ' . $formula . ';');
}
calc($_POST['formula']);

// ruleid: php.web.code-injection
preg_replace('/(.*)/e', $_GET['replacement'], $subject);

// ok: php.web.code-injection
preg_replace('/(\w+)/', $_GET['replacement'], $subject);
