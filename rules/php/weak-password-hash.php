<?php

function register($db, $username, $password)
{
    // ruleid: php.lang.weak-password-hash
    $hash = md5($password);
    $stmt = $db->prepare('INSERT INTO users (name, password) VALUES (?, ?)');
    $stmt->execute([$username, $hash]);
}

function login($db)
{
    // ruleid: php.lang.weak-password-hash
    $password = md5(htmlspecialchars(trim($_POST['Password'])));
    // ruleid: php.lang.weak-password-hash
    $check = hash('sha256', $_POST['password'] . SALT);
    return [$password, $check];
}

class Users
{
    public function changePassword($newPass)
    {
        // ruleid: php.lang.weak-password-hash
        $this->db->set('password', sha1($newPass));
    }
}

// --- Safe versions ---

function registerSafe($db, $username, $password)
{
    // ok: php.lang.weak-password-hash
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $stmt = $db->prepare('INSERT INTO users (name, password) VALUES (?, ?)');
    $stmt->execute([$username, $hash]);
}

function cacheKey($url)
{
    // ok: php.lang.weak-password-hash
    $key = md5($url);
    // ok: php.lang.weak-password-hash
    $etag = sha1(file_get_contents(__FILE__));
    return $key . $etag;
}
