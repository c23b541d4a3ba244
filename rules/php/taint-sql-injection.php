<?php
$conn = mysqli_connect("localhost", "app", getenv("DB_PASS"), "shop");
$pdo = new PDO("mysql:host=localhost;dbname=shop", "app", getenv("DB_PASS"));

$name = $_GET['name'];
// ruleid: php.web.sql-injection
$result = mysqli_query($conn, "SELECT * FROM users WHERE name = '$name'");

$sql = "SELECT * FROM orders WHERE status = '" . $_POST['status'] . "'";
$sql .= " ORDER BY " . $_POST['order'];
// ruleid: php.web.sql-injection
$rows = $pdo->query($sql);

// ruleid: php.web.sql-injection
$stmt = $pdo->prepare("DELETE FROM sessions WHERE token = '" . $_COOKIE['token'] . "'");

// ok: php.web.sql-injection
$stmt = $pdo->prepare("SELECT * FROM users WHERE name = ?");
$stmt->execute([$name]);

$id = (int) $_GET['id'];
// ok: php.web.sql-injection
$pdo->query("SELECT * FROM users WHERE id = $id");

// ok: php.web.sql-injection
mysqli_query($conn, "SELECT * FROM users WHERE id = " . intval($_GET['id']));

$email = mysqli_real_escape_string($conn, $_POST['email']);
// ok: php.web.sql-injection
mysqli_query($conn, "SELECT * FROM users WHERE email = '$email'");

// ok: php.web.sql-injection
$pdo->query("SELECT count(*) FROM users");

function find_user($pdo, $login) {
    // ruleid: php.web.sql-injection
    return $pdo->query("SELECT * FROM users WHERE login = '" . $login . "'")->fetch();
}
find_user($pdo, $_REQUEST['login']);

class UserController
{
    public function search(Request $request)
    {
        $term = $request->input('q');
        // ruleid: php.web.sql-injection
        return DB::select("SELECT * FROM users WHERE name LIKE '%" . $term . "%'");
    }

    public function sorted(Request $request)
    {
        // ruleid: php.web.sql-injection
        return User::query()->orderByRaw($request->query('sort'))->get();
    }

    public function safe(Request $request)
    {
        // ok: php.web.sql-injection
        return DB::select("SELECT * FROM users WHERE name LIKE ?", ['%' . $request->input('q') . '%']);
    }
}
