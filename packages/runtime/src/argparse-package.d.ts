/** The npm `argparse` package ships no types; argparse.ts describes what it uses. */
declare module "argparse" {
  const argparse: unknown;
  export default argparse;
}
