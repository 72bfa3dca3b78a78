import Foundation

/// The files `SourceFile.expand` would list for the same paths, in the same order, produced one at
/// a time without holding the list: a directory's names are read again for each chunk of its next
/// `chunkSize` names in sorted order, so memory holds at most one chunk however many files there are.
public struct SourceFileStream: Sequence, IteratorProtocol {
    public let paths: [String]
    public let chunkSize: Int
    private var argument = 0
    /// The next names of the directory at `paths[argument]`, sorted, the next one last.
    private var chunk: [String] = []
    /// The last name of the previous chunk (names after it come next); nil before the first chunk.
    private var lastListed: String?
    private var directoryExhausted = false

    public init(_ paths: [String], chunkSize: Int = 4096) {
        self.paths = paths
        self.chunkSize = Swift.max(1, chunkSize)
    }

    /// How many files the stream yields: one more pass over each directory, holding no names.
    public var underestimatedCount: Int {
        paths.reduce(0) { total, path in
            guard Self.isDirectory(path) else { return total + 1 }
            var count = 0
            Self.forEachDocumentName(in: path) { _ in count += 1 }
            return total + count
        }
    }

    public mutating func next() -> SourceFile? {
        while argument < paths.count {
            let path = paths[argument]
            guard Self.isDirectory(path) else {
                argument += 1
                return SourceFile(path: path)
            }
            if chunk.isEmpty && !directoryExhausted { refill(from: path) }
            if let name = chunk.popLast() {
                return SourceFile(path: (path as NSString).appendingPathComponent(name))
            }
            argument += 1
            lastListed = nil
            directoryExhausted = false
        }
        return nil
    }

    /// Reads the directory for the `chunkSize` smallest names after `lastListed`.
    private mutating func refill(from directory: String) {
        let after = lastListed
        let limit = chunkSize
        var names: [String] = []
        // Keep at most twice the chunk between trims: O(n log chunk) per pass, bounded memory.
        func trim() {
            names.sort()
            if names.count > limit { names.removeLast(names.count - limit) }
        }
        Self.forEachDocumentName(in: directory) { name in
            if let after, !(after < name) { return }
            names.append(name)
            if names.count >= 2 * limit { trim() }
        }
        trim()
        if names.count < limit { directoryExhausted = true }
        lastListed = names.last
        chunk = names.reversed()
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Calls `body` with each non-hidden name with a document extension in `directory`, unsorted.
    static func forEachDocumentName(in directory: String, _ body: (String) -> Void) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(cString: bytes.bindMemory(to: CChar.self).baseAddress!)
            }
            guard !name.hasPrefix(".") else { continue }   // also "." and ".."
            if SourceFile.documentExtensions.contains((name as NSString).pathExtension.lowercased()) { body(name) }
        }
    }
}
