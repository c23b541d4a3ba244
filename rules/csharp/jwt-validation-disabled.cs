using System.Text;
using Microsoft.IdentityModel.Tokens;

public static class Auth
{
    public static TokenValidationParameters Weak(string key) => new TokenValidationParameters
    {
        ValidateIssuer = true,
        // ruleid: csharp.jwt.validation-disabled
        ValidateIssuerSigningKey = false,
        // ruleid: csharp.jwt.validation-disabled
        ValidateLifetime = false,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
    };

    public static TokenValidationParameters Strong(SecurityKey key) => new TokenValidationParameters
    {
        // ok: csharp.jwt.validation-disabled
        ValidateIssuerSigningKey = true,
        // ok: csharp.jwt.validation-disabled
        ValidateLifetime = true,
        IssuerSigningKey = key,
    };

    public static void Unrelated(Options o)
    {
        // ok: csharp.jwt.validation-disabled
        o.ValidateLifetime = false;
    }
}
