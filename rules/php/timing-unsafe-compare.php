<?php

function verifyWebhook($payload, $secret)
{
    $expected = hash_hmac('sha256', $payload, $secret);
    $signature = $_SERVER['HTTP_X_SIGNATURE'];
    // ruleid: php.lang.timing-unsafe-secret-compare
    if ($signature !== $expected) {
        http_response_code(401);
        exit;
    }
}

function checkCsrf()
{
    // ruleid: php.lang.timing-unsafe-secret-compare
    return $_POST['csrf_token'] == $_SESSION['csrf_token'];
}

// --- Safe versions ---

function verifyWebhookSafe($payload, $secret)
{
    $expected = hash_hmac('sha256', $payload, $secret);
    // ok: php.lang.timing-unsafe-secret-compare
    if (!hash_equals($expected, $_SERVER['HTTP_X_SIGNATURE'] ?? '')) {
        http_response_code(401);
        exit;
    }
}

function isEmpty($token)
{
    // ok: php.lang.timing-unsafe-secret-compare
    return $token === null || $token === '';
}
