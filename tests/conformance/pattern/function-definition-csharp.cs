class C : Controller {
    // ruleid: compat.function-definition-csharp
    [HttpPost]
    public ActionResult Save(int a) {
        return View();
    }

    // ok: compat.function-definition-csharp
    [HttpPost]
    [ValidateAntiForgeryToken]
    public ActionResult Save2(int a) {
        return View();
    }

    // ok: compat.function-definition-csharp
    public ActionResult Show(int a) {
        return View();
    }

    // ruleid: compat.function-definition-csharp.plain
    public string Name(int a) {
        return "x";
    }

    // ok: compat.function-definition-csharp.plain
    private string Hidden(int a) {
        return "x";
    }
}
