import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./datetime";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "constructors, operators as dunder calls, methods and attributes",
      code: `
        from datetime import date, datetime, timedelta, timezone
        ts = datetime(2024, 2, 28, 23, 59, 30)
        later = ts + timedelta(days=1, hours=2)
        delta = later - ts
        print(later, delta, delta.days, delta.total_seconds())
        print(ts.strftime("%a %d %b %Y"), ts.replace(day=1, hour=0), ts.isoformat(sep=" "))
        p = datetime.strptime("10/Oct/2023:13:55:36 -0700", "%d/%b/%Y:%H:%M:%S %z")
        print(p.astimezone(timezone.utc), p.utcoffset())
        d = date.fromisoformat("2024-02-29")
        print(d.isocalendar().week, d.weekday(), abs(timedelta(hours=3)))
        n = ts
        n += timedelta(minutes=5)
        print(n, delta / timedelta(hours=1), delta // 2)
      `,
      output: `
        import { type PyDateTime, datetime, str } from "@py2ts/runtime";

        const ts = new datetime.datetime(2024, 2, 28, 23, 59, 30);
        const later = ts.__add__(datetime.timedelta.of({ days: 1, hours: 2 }));
        const delta = later.__sub__(ts);
        console.log(\`\${str(later)} \${str(delta)} \${delta.days} \${str(delta.total_seconds(), "float")}\`);
        console.log(
          \`\${ts.strftime("%a %d %b %Y")} \${str(ts.replace({ day: 1, hour: 0 }))} \${ts.isoformat(" ")}\`,
        );
        const p = datetime.datetime.strptime("10/Oct/2023:13:55:36 -0700", "%d/%b/%Y:%H:%M:%S %z");
        console.log(\`\${str(p.astimezone(datetime.timezone.utc))} \${str(p.utcoffset())}\`);
        const d = datetime.date.fromisoformat("2024-02-29");
        console.log(
          \`\${str(d.isocalendar().week)} \${d.weekday()} \${str(datetime.timedelta.of({ hours: 3 }).__abs__())}\`,
        );
        let n: PyDateTime = ts;
        n = n.__add__(datetime.timedelta.of({ minutes: 5 }));
        console.log(
          \`\${str(n)} \${str(delta.__truediv__(datetime.timedelta.of({ hours: 1 })), "float")} \${str(delta.__floordiv__(2))}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "an unknown keyword",
      code: `
        from datetime import timedelta
        print(timedelta(hour=1))
      `,
      errors: [{ messageId: "unbindable", line: 2 }],
    },
  ],
  ignores: [{ code: `date = "2024-01-01"\nprint(date)` }],
});
