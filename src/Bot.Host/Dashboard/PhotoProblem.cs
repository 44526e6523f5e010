namespace GenYCity.Bot.Host.Dashboard;

/// <summary>Why a coordinator's photo is not taken.</summary>
public enum PhotoProblem
{
    /// <summary>Not a JPEG or PNG, empty, or more than <see cref="DashboardUpload.MaxBytes"/>.</summary>
    NotJpegOrPng,

    /// <summary>Its header is cut short or does not hold together.</summary>
    Unreadable,

    /// <summary>Its width and height add up to more than <see cref="DashboardUpload.MaxWidthPlusHeight"/>.</summary>
    TooManyPixels,

    /// <summary>One side is more than <see cref="DashboardUpload.MaxAspectRatio"/> times the other.</summary>
    TooElongated,
}
