public class Startup
{
    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
    {
        if (env.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        // ok: csharp.aspnet.missing-hsts
        app.UseHttpsRedirection();
        app.UseStaticFiles();
        app.UseRouting();
    }
}
