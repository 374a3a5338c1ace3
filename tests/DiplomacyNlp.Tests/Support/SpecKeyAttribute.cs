namespace DiplomacyNlp.Tests.Support;

/// <summary>Marks a static method of <see cref="SpecChecks"/> as the checker for an expectation key.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class SpecKeyAttribute : Attribute
{
    public SpecKeyAttribute(string key) => Key = key;

    public string Key { get; }
}
