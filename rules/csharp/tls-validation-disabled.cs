using System.Net;
using System.Net.Http;
using System.Net.Security;

public static class Clients
{
    public static HttpClient Insecure()
    {
        var handler = new HttpClientHandler();
        // ruleid: csharp.tls.certificate-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true;
        return new HttpClient(handler);
    }

    public static HttpClient Dangerous()
    {
        var handler = new HttpClientHandler
        {
            // ruleid: csharp.tls.certificate-validation-disabled
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
        };
        return new HttpClient(handler);
    }

    public static void Global()
    {
        // ruleid: csharp.tls.certificate-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };
    }

    public static HttpClient Checked()
    {
        var handler = new HttpClientHandler();
        // ok: csharp.tls.certificate-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None;
        return new HttpClient(handler);
    }
}
