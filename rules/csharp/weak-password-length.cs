using Microsoft.AspNet.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

public static class IdentitySetup
{
    public static void ConfigureLegacy(ApplicationUserManager manager)
    {
        manager.PasswordValidator = new PasswordValidator
        {
            // ruleid: csharp.identity.weak-password-length
            RequiredLength = 6,
            RequireDigit = false,
        };
    }

    public static void ConfigureCore(IServiceCollection services)
    {
        services.Configure<IdentityOptions>(options =>
        {
            // ruleid: csharp.identity.weak-password-length
            options.Password.RequiredLength = 4;
            options.Password.RequireNonAlphanumeric = false;
        });
    }

    public static void ConfigureStrong(IServiceCollection services, ApplicationUserManager manager)
    {
        services.Configure<IdentityOptions>(options =>
        {
            // ok: csharp.identity.weak-password-length
            options.Password.RequiredLength = 12;
        });
        manager.PasswordValidator = new PasswordValidator
        {
            // ok: csharp.identity.weak-password-length
            RequiredLength = 10,
        };
    }

    public static void Unrelated(Field field)
    {
        // ok: csharp.identity.weak-password-length
        field.RequiredLength = 2;
    }
}
