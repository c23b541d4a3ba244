<?php

function calculate() {
    $expr = $_GET['expr'];
    // ruleid: php.lang.eval-non-literal
    eval('$result = ' . $expr . ';');
    return $result;
}

function load_settings($text) {
    // ruleid: php.lang.eval-non-literal
    return eval("return $text;");
}

function load_settings_safe($text) {
    // ok: php.lang.eval-non-literal
    return json_decode($text, true);
}

function constant_code() {
    // ok: php.lang.eval-non-literal
    eval('return 1 + 1;');
}
