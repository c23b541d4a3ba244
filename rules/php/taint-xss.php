<?php
$name = $_GET['name'];
// ruleid: php.web.xss
echo "<h1>Hello, " . $name . "</h1>";

// ruleid: php.web.xss
echo "<p>You searched for {$_GET['q']}</p>";

// ruleid: php.web.xss
print "<div>" . $_POST['comment'] . "</div>";

// ruleid: php.web.xss
printf("<li>%s</li>", $_COOKIE['last_item']);

// ok: php.web.xss
echo "<h1>Hello, " . htmlspecialchars($name, ENT_QUOTES, 'UTF-8') . "</h1>";

$page = (int) $_GET['page'];
// ok: php.web.xss
echo "<p>Page $page</p>";

// ok: php.web.xss
echo "<footer>Static</footer>";

function render_title($title) {
    // ruleid: php.web.xss
    echo "<title>" . $title . "</title>";
}
render_title($_SERVER['HTTP_REFERER']);

// ok: php.web.xss
echo $_SERVER['SERVER_NAME'];
?>
<div class="greeting">
  <!-- ruleid: php.web.xss -->
  <?= $name ?>
  <!-- ok: php.web.xss -->
  <?= htmlspecialchars($name) ?>
</div>
