using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

public class StateController : Controller
{
    [HttpPost]
    public IActionResult Restore()
    {
        var formatter = new BinaryFormatter();
        // ruleid: csharp.aspnet.unsafe-deserialization
        var state = formatter.Deserialize(Request.Body);

        var bytes = Convert.FromBase64String(Request.Form["state"]);
        // ruleid: csharp.aspnet.unsafe-deserialization
        var obj = new BinaryFormatter().Deserialize(new MemoryStream(bytes));

        BinaryFormatter typed = new BinaryFormatter();
        // ruleid: csharp.aspnet.unsafe-deserialization
        var again = typed.Deserialize(Request.Body);

        // ok: csharp.aspnet.unsafe-deserialization
        var cached = new BinaryFormatter().Deserialize(System.IO.File.OpenRead("/var/app/cache.bin"));
        return Ok();
    }

    [HttpPost]
    public IActionResult Import([FromBody] string payload)
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
        // ruleid: csharp.aspnet.unsafe-deserialization
        var order = JsonConvert.DeserializeObject(payload, settings);

        // ok: csharp.aspnet.unsafe-deserialization
        var plain = JsonConvert.DeserializeObject<Order>(payload);

        // ok: csharp.aspnet.unsafe-deserialization
        var parsed = System.Text.Json.JsonSerializer.Deserialize<Order>(payload);

        // ok: csharp.aspnet.unsafe-deserialization
        var viaSerializer = new Newtonsoft.Json.JsonSerializer().Deserialize(new JsonTextReader(new StringReader(payload)));
        return Ok();
    }
}
