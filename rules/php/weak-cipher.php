<?php

function encryptLegacy($data, $key)
{
    // ruleid: php.openssl.weak-cipher
    return openssl_encrypt($data, 'des-ede3-cbc', $key, 0, substr(md5($key), 0, 8));
}

function encryptEcb($data, $key)
{
    // ruleid: php.openssl.weak-cipher
    return openssl_encrypt($data, 'AES-128-ECB', $key);
}

function encryptMcrypt($data, $key)
{
    // ruleid: php.openssl.weak-cipher
    return mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_MODE_ECB);
}

// --- Safe versions ---

function encryptGcm($data, $key)
{
    $iv = random_bytes(12);
    // ok: php.openssl.weak-cipher
    $ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
    return base64_encode($iv . $tag . $ciphertext);
}
