using System.Collections;
using System.Runtime.Serialization.Formatters;
using System.Web.Script.Serialization;
using Newtonsoft.Json;

public class Messages
{
    public object ReadAll(string json)
    {
        return JsonConvert.DeserializeObject<object>(json, new JsonSerializerSettings
        {
            // ruleid: csharp.serialization.type-resolving-deserializer
            TypeNameHandling = TypeNameHandling.All
        });
    }

    public Command ReadCommand(string json)
    {
        var settings = new JsonSerializerSettings();
        // ruleid: csharp.serialization.type-resolving-deserializer
        settings.TypeNameHandling = TypeNameHandling.Auto;
        return JsonConvert.DeserializeObject<Command>(json, settings);
    }

    public Command ReadPlain(string json)
    {
        return JsonConvert.DeserializeObject<Command>(json, new JsonSerializerSettings
        {
            // ok: csharp.serialization.type-resolving-deserializer
            TypeNameHandling = TypeNameHandling.None
        });
    }

    public object ReadLegacy(string json)
    {
        // ruleid: csharp.serialization.type-resolving-deserializer
        var serializer = new JavaScriptSerializer(new SimpleTypeResolver());
        return serializer.DeserializeObject(json);
    }

    public object ReadLegacyResolver(string json)
    {
        var resolver = new SimpleTypeResolver();
        // ruleid: csharp.serialization.type-resolving-deserializer
        var serializer = new JavaScriptSerializer(resolver);
        return serializer.DeserializeObject(json);
    }

    public object ReadLegacySafe(string json)
    {
        // ok: csharp.serialization.type-resolving-deserializer
        var serializer = new JavaScriptSerializer();
        return serializer.DeserializeObject(json);
    }

    public void Remoting(IDictionary props)
    {
        var provider = new BinaryServerFormatterSinkProvider(props, null);
        // ruleid: csharp.serialization.type-resolving-deserializer
        provider.TypeFilterLevel = TypeFilterLevel.Full;
        var dict = new Hashtable();
        // ruleid: csharp.serialization.type-resolving-deserializer
        dict["typeFilterLevel"] = "Full";
        // ok: csharp.serialization.type-resolving-deserializer
        var low = new BinaryServerFormatterSinkProvider { TypeFilterLevel = TypeFilterLevel.Low };
    }
}
