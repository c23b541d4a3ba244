<?php
$next = $_GET['next'];
// ruleid: php.web.open-redirect
header("Location: " . $next);

// ruleid: php.web.open-redirect
header("Location: {$_POST['return_to']}");

// ok: php.web.open-redirect
header("Location: /login.php?next=" . urlencode($next));

// ok: php.web.open-redirect
header("Location: /profile.php?id=" . $_GET['id']);

// ok: php.web.open-redirect
header("Content-Type: text/html; charset=" . $_GET['charset']);

$targets = ['/home', '/account'];
if (in_array($next, $targets, true)) {
    // ok: php.web.open-redirect
    header("Location: " . $next);
}

class AuthController
{
    public function logout(Request $request)
    {
        // ruleid: php.web.open-redirect
        return redirect($request->input('redirect'));
    }

    public function home(Request $request)
    {
        // ok: php.web.open-redirect
        return redirect('/dashboard');
    }
}
