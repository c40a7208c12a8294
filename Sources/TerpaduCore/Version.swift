public enum TerpaduCoreVersion { public static let format = 1 }
