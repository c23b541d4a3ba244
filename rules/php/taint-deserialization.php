<?php
// ruleid: php.web.unsafe-deserialization
$prefs = unserialize($_COOKIE['prefs']);

$state = base64_decode($_POST['state']);
// ruleid: php.web.unsafe-deserialization
$obj = unserialize($state);

// ok: php.web.unsafe-deserialization
$safe = unserialize($_COOKIE['prefs'], ['allowed_classes' => false]);

// ok: php.web.unsafe-deserialization
$data = json_decode($_POST['data'], true);

// ok: php.web.unsafe-deserialization
$cached = unserialize(file_get_contents('/var/cache/app/menu.ser'));

function restore($blob) {
    // ruleid: php.web.unsafe-deserialization
    return unserialize(gzuncompress($blob));
}
restore(file_get_contents('php://input'));
