<?php
$base = __DIR__ . '/files/';
$name = $_GET['file'];
// ruleid: php.web.path-traversal
readfile($base . $name);

// ruleid: php.web.path-traversal
$data = file_get_contents("/var/app/reports/" . $_POST['report']);

$target = "uploads/" . $_FILES['upload']['name'];
// ruleid: php.web.path-traversal
move_uploaded_file($_FILES['upload']['tmp_name'], $target);

// ok: php.web.path-traversal
readfile($base . basename($name));

// ok: php.web.path-traversal
move_uploaded_file($_FILES['upload']['tmp_name'], "uploads/" . bin2hex(random_bytes(16)));

// ok: php.web.path-traversal
$text = file_get_contents($_FILES['upload']['tmp_name']);

$real = realpath($base . $name);
if ($real !== false && str_starts_with($real, realpath($base))) {
    // ok: php.web.path-traversal
    readfile($real);
}

// ok: php.web.path-traversal
$config = file_get_contents(__DIR__ . '/config.json');

function remove_export($file) {
    // ruleid: php.web.path-traversal
    unlink("/tmp/exports/" . $file);
}
remove_export($_GET['export']);

class DownloadController
{
    public function show(Request $request)
    {
        // ruleid: php.web.path-traversal
        return response()->download(storage_path('app/docs/' . $request->input('doc')));
    }
}
