// Lit announces its development build once per page; that notice is expected in tests and
// would otherwise trip the console guard.
const lit = globalThis as { litIssuedWarnings?: Set<string> };
lit.litIssuedWarnings ??= new Set();
lit.litIssuedWarnings.add('dev-mode');
