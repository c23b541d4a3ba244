<?php
$url = $_GET['url'];
// ruleid: php.web.ssrf
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$body = curl_exec($ch);

$ch2 = curl_init();
// ruleid: php.web.ssrf
curl_setopt($ch2, CURLOPT_URL, "http://" . $_POST['host'] . "/status");

// ok: php.web.ssrf
$ch3 = curl_init("https://api.example.com/search?q=" . urlencode($_GET['q']));

// ok: php.web.ssrf
$ch4 = curl_init("https://status.example.com/health");

$allowed = ['api.example.com', 'cdn.example.com'];
if (in_array(parse_url($url, PHP_URL_HOST), $allowed, true)) {
    // ok: php.web.ssrf
    $ch5 = curl_init($url);
}

class PreviewController
{
    public function show(Request $request, Client $client)
    {
        // ruleid: php.web.ssrf
        $response = $client->request('GET', $request->input('link'));
        // ruleid: php.web.ssrf
        $meta = Http::get($request->query('feed'));
        return $response->getBody();
    }
}
