namespace DiplomacyNlp.People;

/// <summary>Qualifiers on a role title.</summary>
[Flags]
public enum RoleQualifiers
{
    /// <summary>No qualifier: a current, full holder.</summary>
    None = 0,
    /// <summary>A former holder ("former President").</summary>
    Former = 1,
    /// <summary>Acting or interim ("acting Secretary").</summary>
    Acting = 2,
    /// <summary>Elected or designated but not yet in office ("President-elect", "nominee").</summary>
    Elect = 4,
    /// <summary>A deputy, vice or assistant rank ("Deputy Secretary").</summary>
    Deputy = 8,
}
