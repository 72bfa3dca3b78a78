import Foundation

// Usage: embed-migrations OUTPUT.swift 0001_name.sql 0002_name.sql …
// Writes `embeddedMigrations`, an array of (version, name, sql) in file order.
let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-migrations OUTPUT FILE…\n".utf8))
    exit(64)
}

func swiftLiteral(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": literal += "\\\\"
        case "\"": literal += "\\\""
        case "\n": literal += "\\n"
        case "\r": literal += "\\r"
        case "\t": literal += "\\t"
        default: literal.unicodeScalars.append(scalar)
        }
    }
    return literal + "\""
}

var source = "// Generated from Migrations/ by the EmbedMigrations plugin. Do not edit.\n"
source += "let embeddedMigrations: [(version: Int, name: String, sql: String)] = [\n"
for path in arguments.dropFirst() {
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    guard let version = Int(name.prefix { $0.isNumber }) else {
        FileHandle.standardError.write(Data("embed-migrations: \(path) does not start with a number\n".utf8))
        exit(65)
    }
    let sql = try String(contentsOfFile: path, encoding: .utf8)
    source += "    (\(version), \(swiftLiteral(name)), \(swiftLiteral(sql))),\n"
}
source += "]\n"
try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
