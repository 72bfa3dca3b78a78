import Foundation

/// Finds the corpus the project ships (Corpus/ at the repository root), for runs given no paths.
public enum BundledCorpus {
    /// The first existing of: $ARCHIVE_CORPUS, ./Corpus, and Corpus/ beside this source tree.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var candidates: [String] = []
        if let configured = environment["ARCHIVE_CORPUS"], !configured.isEmpty { candidates.append(configured) }
        candidates.append(FileManager.default.currentDirectoryPath + "/Corpus")
        // Sources/Ingestion/BundledCorpus.swift → repository root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("Corpus").path)
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
