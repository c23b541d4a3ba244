using System.Net;

public class StatusServer
{
    public HttpListener Listen()
    {
        var listener = new HttpListener();
        // ruleid: csharp.http.listener-wildcard-prefix
        listener.Prefixes.Add("http://*:8080/");
        // ruleid: csharp.http.listener-wildcard-prefix
        listener.Prefixes.Add("https://+:8443/status/");
        // ruleid: csharp.http.listener-wildcard-prefix
        listener.Prefixes.Add("https://*.com:8443/");
        // ok: csharp.http.listener-wildcard-prefix
        listener.Prefixes.Add("http://localhost:8080/");
        // ok: csharp.http.listener-wildcard-prefix
        listener.Prefixes.Add("https://status.example.com:8443/");
        // ok: csharp.http.listener-wildcard-prefix
        listener.Prefixes.Add("https://*.example.com:8443/");
        listener.Start();
        return listener;
    }
}
