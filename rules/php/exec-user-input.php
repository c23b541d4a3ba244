<?php

function ping_host() {
    // ruleid: php.lang.exec-user-input
    system("ping -c 1 " . $_GET['host']);
}

function convert_upload() {
    $name = $_FILES['image']['name'];
    // ruleid: php.lang.exec-user-input
    $out = shell_exec("convert /tmp/uploads/$name -resize " . $_POST['size'] . " /tmp/out.png");
    return $out;
}

function lookup() {
    // ruleid: php.lang.exec-user-input
    exec("nslookup {$_REQUEST['domain']}", $lines, $status);
    return $lines;
}

function ping_host_safe() {
    // ok: php.lang.exec-user-input
    system("ping -c 1 " . escapeshellarg($_GET['host']));
}

function uptime() {
    // ok: php.lang.exec-user-input
    return shell_exec("uptime");
}

function greet() {
    // ok: php.lang.exec-user-input
    echo htmlspecialchars($_GET['name'], ENT_QUOTES, 'UTF-8');
}
