<?php
$host = $_GET['host'];
// ruleid: php.web.command-injection
system("ping -c 1 " . $host);

// ruleid: php.web.command-injection
$out = shell_exec("nslookup {$_POST['domain']}");

$file = $_REQUEST['file'];
// ruleid: php.web.command-injection
$listing = `ls -l $file`;

// ok: php.web.command-injection
system("ping -c 1 " . escapeshellarg($host));

$count = intval($_GET['count']);
// ok: php.web.command-injection
exec("ping -c $count localhost", $lines);

if (filter_var($host, FILTER_VALIDATE_IP)) {
    // ok: php.web.command-injection
    passthru("traceroute " . $host);
}

// ok: php.web.command-injection
exec("uptime", $lines);

function convert($input) {
    $cmd = "convert " . $input . " /tmp/out.png";
    // ruleid: php.web.command-injection
    return exec($cmd);
}
convert($_FILES['image']['name']);

// ok: php.web.command-injection
exec("file " . $_FILES['image']['tmp_name']);

$dir = $_GET['dir'];
if (!preg_match('/^[a-z0-9_]+$/', $dir)) {
    http_response_code(400);
    return;
}
// ok: php.web.command-injection
system("ls /srv/" . $dir);

$zone = $_GET['zone'];
if (!preg_match('/^[a-z0-9_]+$/', $zone)) {
    // `die` ends the branch, so only checked values reach the code after it.
    die('invalid zone');
}
// ok: php.web.command-injection
system("dig axfr " . $zone);
