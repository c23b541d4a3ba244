<?php

function generateToken($length = 32)
{
    $chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    $token = '';
    for ($i = 0; $i < $length; $i++) {
        // ruleid: php.lang.weak-random
        $token .= $chars[mt_rand(0, strlen($chars) - 1)];
    }
    // A function's name cannot be a metavariable in PHP patterns yet, so
    // returns from token generators are not sinks.
    // todoruleid: php.lang.weak-random
    return $token;
}

function startLogin()
{
    // ruleid: php.lang.weak-random
    $_SESSION['ticket'] = md5(uniqid() . mt_rand());
    $remember = sha1(uniqid(mt_rand(), true));
    // ruleid: php.lang.weak-random
    setcookie('remember_me', $remember, time() + 86400, '/', '', true, true);
}

function newSalt()
{
    // ruleid: php.lang.weak-random
    $salt = substr(md5(uniqid(rand(), true)), 0, 8);
    return $salt;
}

class PasswordReset
{
    public function generateResetCode()
    {
        // todoruleid: php.lang.weak-random
        return str_pad((string) rand(0, 999999), 6, '0', STR_PAD_LEFT);
    }

    public function store($user)
    {
        // ruleid: php.lang.weak-random
        $this->api_key = md5(microtime() . mt_rand());
        // ruleid: php.lang.weak-random
        $data = ['token' => uniqid('', true), 'user' => $user];
        return $data;
    }
}

// --- Safe versions ---

function generateTokenSafe($length = 32)
{
    // ok: php.lang.weak-random
    $token = bin2hex(random_bytes($length));
    return $token;
}

function startLoginSafe()
{
    // ok: php.lang.weak-random
    $_SESSION['ticket'] = bin2hex(random_bytes(16));
    // ok: php.lang.weak-random
    $otp = random_int(100000, 999999);
    return $otp;
}

function pickBanner($banners)
{
    // ok: php.lang.weak-random
    $banner = $banners[array_rand($banners)];
    // ok: php.lang.weak-random
    $file = '/tmp/upload_' . uniqid() . '.tmp';
    return [$banner, $file];
}
