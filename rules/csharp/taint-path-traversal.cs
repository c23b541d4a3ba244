using System.IO;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class FilesController : Controller
{
    private const string BaseDir = "/srv/files";

    public IActionResult Download(string name)
    {
        var path = Path.Combine(BaseDir, name);
        // ruleid: csharp.aspnet.path-traversal
        var bytes = System.IO.File.ReadAllBytes(path);

        // ruleid: csharp.aspnet.path-traversal
        var text = System.IO.File.ReadAllText(BaseDir + "/" + Request.Query["doc"]);

        // ok: csharp.aspnet.path-traversal
        var safe = System.IO.File.ReadAllBytes(Path.Combine(BaseDir, Path.GetFileName(name)));

        var full = Path.GetFullPath(Path.Combine(BaseDir, name));
        if (full.StartsWith(BaseDir + Path.DirectorySeparatorChar))
        {
            // ok: csharp.aspnet.path-traversal
            return PhysicalFile(full, "application/octet-stream");
        }

        // ok: csharp.aspnet.path-traversal
        var index = System.IO.File.ReadAllText(Path.Combine(BaseDir, "index.html"));
        return NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> Upload(IFormFile upload)
    {
        var target = Path.Combine("/srv/uploads", upload.FileName);
        // ruleid: csharp.aspnet.path-traversal
        using (var stream = new FileStream(target, FileMode.Create))
        {
            await upload.CopyToAsync(stream);
        }
        // ok: csharp.aspnet.path-traversal
        using var generated = new FileStream(Path.Combine("/srv/uploads", Path.GetRandomFileName()), FileMode.Create);
        // ok: csharp.aspnet.path-traversal
        using var reader = new StreamReader(upload.OpenReadStream());
        return Ok();
    }

    [HttpDelete("files/{name}")]
    public IActionResult Remove([FromRoute] string name)
    {
        DeleteExport(name);
        return NoContent();
    }

    private static void DeleteExport(string file)
    {
        // ruleid: csharp.aspnet.path-traversal
        System.IO.File.Delete(Path.Combine("/tmp/exports", file));
    }
}
