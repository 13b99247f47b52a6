// The few log methods the alert code uses, so pino or a test double fits; callers pass ids and levels only.
export interface AlertLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
