using System.Text;
using Microsoft.IdentityModel.Tokens;

public static class Auth
{
    public static TokenValidationParameters Weak(string key) => new TokenValidationParameters
    {
        ValidateIssuer = true,
        // ruleid: csharp.jwt.validation-disabled
        ValidateIssuerSigningKey = false,
        // ruleid: csharp.jwt.lifetime-validation-disabled
        ValidateLifetime = false,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
    };

    public static TokenValidationParameters Strong(SecurityKey key) => new TokenValidationParameters
    {
        // ok: csharp.jwt.validation-disabled
        ValidateIssuerSigningKey = true,
        // ok: csharp.jwt.lifetime-validation-disabled
        ValidateLifetime = true,
        IssuerSigningKey = key,
    };

    public static void Unrelated(Options o)
    {
        // ok: csharp.jwt.lifetime-validation-disabled
        o.ValidateLifetime = false;
    }

    public static TokenValidationParameters OneByOne(SecurityKey key)
    {
        TokenValidationParameters parameters = new TokenValidationParameters();
        parameters.IssuerSigningKey = key;
        // ruleid: csharp.jwt.validation-disabled
        parameters.RequireSignedTokens = false;
        // ruleid: csharp.jwt.lifetime-validation-disabled
        parameters.RequireExpirationTime = false;
        // ok: csharp.jwt.lifetime-validation-disabled
        parameters.ValidateLifetime = true;
        return parameters;
    }
}
