import Foundation

/// A path to import and the name it is stored under (its file name).
public struct SourceFile: Sendable, Hashable {
    public let path: String
    public var name: String { (path as NSString).lastPathComponent }
    public init(path: String) { self.path = path }

    /// File names a directory's documents may have.
    public static let documentExtensions: Set<String> = ["txt", "text", "md"]

    /// Expands the given paths: a directory yields its non-hidden document files (sorted, not
    /// recursive); anything else is taken as a file and checked when it is read. The importer
    /// reads the same list a chunk at a time (`SourceFileStream`).
    public static func expand(_ paths: [String]) -> [SourceFile] {
        Array(SourceFileStream(paths))
    }

    /// The file's bytes, refusing anything that is not a regular file or is larger than `limit`.
    public func read(limit: Int) throws(DocumentError) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile }
        guard Int(status.st_size) <= limit else { throw .tooLarge(bytes: Int(status.st_size), limit: limit) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(String(cString: strerror(errno))) }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            guard data.count <= limit else { throw DocumentError.tooLarge(bytes: data.count, limit: limit) }
            return [UInt8](data)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw .unreadable(error.localizedDescription)
        }
    }
}
