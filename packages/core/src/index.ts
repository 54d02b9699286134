/**
 * @py2ts/core — the py2ts compiler library.
 */
export { convertProject, moduleNameOf, outputPathOf } from "./pipeline";
export type { ConvertOptions, FileResult, FileStatus, ProjectResult, SourceFileInput, Stage, StageMetrics } from "./pipeline";

// rule API
export { defineRule, definePlugin, visitorsFor } from "./engine/rule";
export type { Plugin, Rule, RuleMessage, RuleMeta, RulePhase, TsTypeMapping, Visitor, Visitors } from "./engine/rule";
export { RuleContext } from "./engine/rule-context";
export type { ReportDescriptor } from "./engine/rule-context";
export { NodePath } from "./engine/node-path";
export { ScopeQueries } from "./engine/file-analysis";
export { TypeQueries } from "./engine/type-queries";
export { RUNTIME_MODULE } from "./engine/import-manager";
export { orderRules, RuleConfigError } from "./engine/registry";

// IR
export { NODE_DEFINITIONS } from "./ir/definitions";
export type * from "./ir/nodes";
export { isPythonNode } from "./ir/nodes";
export { createNode, withFields } from "./ir/builders";
export { TsBuilder } from "./ir/ts-builder";
export type { AnyExpr, AnyStmt, ParamInit } from "./ir/ts-builder";
export type { Origin, Position, Span } from "./ir/span";
export { VISITOR_KEYS, forEachChild, walk } from "./ir/visitor-keys";

// analysis
export type { Binding, Scope, Reference } from "./analysis/scopes";
export { absoluteModule } from "./analysis/qualified-names";
export type { DeclKind } from "./analysis/declarations";
export type { ClassInfo, FunctionInfo, ParamType, PyType } from "./analysis/types/py-types";
export {
  T,
  equalTypes,
  findAttribute,
  findMethod,
  formatType,
  isKind,
  isNumeric,
  isOptional,
  isSubclass,
  iterationType,
  join,
  joinAll,
  withoutNone,
} from "./analysis/types/py-types";
export type { CallTypeHook, OperatorTypeHook, TypeQuery } from "./analysis/types/inference";
export { matchArgs, mayFallThrough, namedTupleCall } from "./analysis/types/inference";
export { tsParameterOrder, varArgsIsRest } from "./analysis/types/parameters";
export { isSetOperand } from "./analysis/types/operators";
export type { TypeDeclarations, ClassDeclaration, Signature } from "./analysis/types/type-declarations";
export { parseSignature, parseType } from "./analysis/types/type-declarations";

// diagnostics and reports
export type { Diagnostic, Severity } from "./report/diagnostic";
export { codeRange, compareDiagnostics, helpUrl, isValidCode } from "./report/diagnostic";
export { BUILTIN_CODES } from "./report/builtin-codes";

// front end
export { lowerFile, lowerSource, DEFAULT_MAX_FILE_SIZE } from "./frontend";

// lowering helpers shared by rule packs
export { bindArguments, positionalOrder } from "./lowering/argument-binding";
export type { BindingResult, BoundArguments } from "./lowering/argument-binding";
export {
  conditionOf,
  conditionOfValue,
  hasIntFloatAmbiguity,
  hasJsStringForm,
  hasJsTruthiness,
  isSimple,
  reprOf,
  reprOfValue,
  strOf,
  strOfValue,
} from "./lowering/value-conversions";
export { KINDS_BY_CATEGORY, PY_EXPRESSION_KINDS, PY_STATEMENT_KINDS } from "./ir/kinds";

// testing
export { RuleTester, RuleTesterError } from "./testing/rule-tester";
export type { ExpectedReport, IgnoresCase, ReportsCase, RuleTests, TranslatesCase } from "./testing/rule-tester";
export { typeCheck } from "./testing/type-check";
export type { TypeCheckResult } from "./testing/type-check";
export { REPORT_SCHEMA_VERSION, buildReport, renderJsonReport, renderMarkdownReport } from "./report/migration-report";
export type { MigrationReport, ReportFile } from "./report/migration-report";
export { formatTypeScript, PRETTIER_OPTIONS } from "./emit/format";
export { transpileToJavaScript } from "./emit/transpile";
export { compareResults, listCases, runCase } from "./testing/differential";
export type { CaseConfig, DiffCase, ExpectedResult, RunResult } from "./testing/differential";
export { MappedArguments, applyMapping, callMappingVisitor, mappingForCall, methodMappingVisitor, valueMappingVisitor } from "./lowering/call-mapping";
export type { CallMapping, CallMappingHelpers, CallMappingTable, MappingOutcome, ReceiverKind, ValueMapping } from "./lowering/call-mapping";
export { listFixtures, renderDiagnostics, runFixture } from "./testing/fixtures";
export type { FixtureCase, FixtureResult } from "./testing/fixtures";
