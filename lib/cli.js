import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  Chalk,
  GENERATORS,
  PortError,
  PortManager,
  applyEnvironment,
  chooseEnvironment,
  formatCheckJson,
  formatCheckStylish,
  generateCommand,
  runCheck,
  systemProbe,
  withEnvironment
} from "./chunks/chunk-74IPZTPH.js";
import {
  Ajv,
  Attributor,
  RULES,
  WriteError,
  compareFindings,
  compareStrings,
  configureRules,
  countFixes,
  describeOccurrence,
  envBinding,
  finalize,
  fixFiles,
  formatEvidence,
  isClientSide,
  isContainerSide,
  isExternalHost,
  isLocalHost,
  isOtherMachineIp,
  isTestFile,
  lineDiff,
  lintUnsorted,
  markdownToText,
  normalizeServiceName,
  removeStaleTempFiles,
  ruleDocMarkdown,
  ruleDocUrl,
  safeWriteFile,
  writeFixes,
  writeRootFor
} from "./chunks/chunk-CETFJWYV.js";
import {
  UNUSED_SUPPRESSION,
  ancestors,
  applySuppressions,
  attributesFromFiles,
  classifyPath,
  crashed,
  decodeSource,
  describeBytes,
  fileTimeBudgetMs,
  formatBytes,
  gitAttributes,
  identifierWords,
  languageByName,
  mayHaveShebang,
  mayHoldPorts,
  mentionsLinguist,
  parseDirectives,
  preferQuickCompile,
  prepareLanguage,
  queryPlan,
  readAttributesFile,
  readBytes,
  scanFile,
  scanLoaded,
  splitNul,
  timeoutReason
} from "./chunks/chunk-75H7XUZI.js";
import {
  CONFIG_NAMES,
  ConfigError,
  UsageError,
  describeKnownError,
  findConfig,
  findRepoRoot,
  loadRegistry,
  normalizeSeverity,
  parseRegistry,
  plural,
  toPosix,
  visible
} from "./chunks/chunk-33SZ5E4X.js";
import {
  HOMEPAGE,
  PACKAGE_ROOT,
  UserFileError,
  VERSION,
  __commonJS,
  __require,
  __toESM,
  describeFsError,
  packagePath,
  readUserFile,
  require_picomatch,
  suggest
} from "./chunks/chunk-K7G5YRCE.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code2, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code2;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result2 = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result2.has(group)) result2.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result2.has(group)) {
            result2.set(group, []);
          }
          result2.get(group).push(item);
        });
        return result2;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path12 = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command4 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor2() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor2() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result2 = [];
        for (let command = this; command; command = command.parent) {
          result2.push(command);
        }
        return result2;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code2, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code2, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path12.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path12.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path12.resolve(
            path12.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path12.basename(
              this._scriptPath,
              path12.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path12.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code2) => {
          code2 = code2 ?? 1;
          if (!exitCallback) {
            process2.exit(code2);
          } else {
            exitCallback(
              new CommanderError2(
                code2,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result2 = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result2 = this._chainOrCall(result2, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result2;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result2 = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result2 = this._chainOrCall(result2, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result2;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result2 = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result2[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result2;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code2 = config.code || "commander.error";
        this._exit(exitCode, code2, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path12.basename(filename, path12.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path13) {
        if (path13 === void 0) return this._executableDir;
        this._executableDir = path13;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text2 = helper.formatHelp(this, helper);
        if (context.hasColors) return text2;
        return this._outputConfiguration.stripColor(text2);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text2) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text2 === "function") {
            helpStr = text2({ error: context.error, command: context.command });
          } else {
            helpStr = text2;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor2() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command4;
    exports.useColor = useColor2;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command4 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command4();
    exports.createCommand = (name) => new Command4(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command4;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path12) => {
      const end = path12.length - 1;
      const index = path12.lastIndexOf(
        SLASH,
        path12[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path12 : path12.slice(index + 1);
    };
    var parentOf = (path12) => {
      if (path12.charCodeAt(0) === SLASH_CODE || path12.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path12.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path12.length - 1;
      const cut = path12.lastIndexOf(
        SLASH,
        path12.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path12.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count2 = 0;
      while (str[str.length - count2 - 1] === ESCAPE) {
        count2++;
      }
      return count2 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path12) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path12)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path12, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path12) : path12;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path12
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path12, originalPath, doThrow) => {
      if (!isString(path12)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path12) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path12)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path12) => {
      const first = path12.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path12.length === 1) {
        return true;
      }
      const second = path12.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path12.length === 2 || path12.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path12) {
        checkPath(
          path12,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path12 ? this._t(path12, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path12 = convertPath(target);
        if (!path12 || path12.charCodeAt(path12.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path12);
        }
        const dir = this._t(path12, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path12);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path12, cache) {
        if (path12 in cache) {
          return cache[path12];
        }
        const parentPath = parentOf(path12);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path12] = parent && parent.ignored ? parent : this._rules.test(path12, MODE_IGNORE);
      }
      ignores(path12) {
        return this._test(path12, this._ignoreCache, convertPath(path12)).ignored;
      }
      createFilter() {
        return (path12) => !this.ignores(path12);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path12) {
        return this._test(path12, this._testCache, convertPath(path12));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path12) => checkPath(convertPath(path12), path12, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path12) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path12) || isNotRelative(path12);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/commands/audit.ts
import { existsSync as existsSync5, statSync as statSync3 } from "node:fs";
import path7 from "node:path";

// src/engine.ts
import { existsSync as existsSync3 } from "node:fs";
import path4 from "node:path";

// src/baseline.ts
import { createHash } from "node:crypto";
var BASELINE_VERSION = 1;
function contentKey(f) {
  return createHash("sha256").update([f.ruleId, f.snippet, f.port ?? ""].join("\0")).digest("hex").slice(0, 32);
}
function createBaseline(findings) {
  const entries = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const fingerprint = contentKey(f);
    const key = `${f.file}\0${f.ruleId}\0${fingerprint}`;
    const e = entries.get(key);
    if (e) e.count++;
    else entries.set(key, { rule: f.ruleId, file: f.file, fingerprint, count: 1, snippet: f.snippet });
  }
  const list = [...entries.values()].sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.rule, b.rule) || compareStrings(a.fingerprint, b.fingerprint)
  );
  return { version: BASELINE_VERSION, entries: list };
}
function serializeBaseline(b) {
  return `${JSON.stringify({ version: b.version, tool: "port-lint", entries: b.entries }, null, 2)}
`;
}
var MAX_BASELINE_BYTES = 256 * 1024 * 1024;
var BaselineError = class extends Error {
  constructor(message, replaceable) {
    super(message);
    this.replaceable = replaceable;
    this.name = "BaselineError";
  }
  replaceable;
};
var ENTRY_SCHEMA = {
  type: "object",
  required: ["rule", "file", "fingerprint", "count", "snippet"],
  properties: {
    rule: { type: "string", minLength: 1 },
    file: { type: "string", minLength: 1 },
    fingerprint: { type: "string", minLength: 1 },
    // A whole number of findings: not 0, not negative, not 1e999 (Infinity once parsed).
    count: { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
    snippet: { type: "string" }
  }
};
var validateEntries;
function keyPath(instancePath) {
  return instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((p, s) => /^\d+$/.test(s) ? `${p}[${s}]` : p === "" ? s : `${p}.${s}`, "");
}
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}
function looksLikeBaseline(text2, data, parsed) {
  if (text2.trim() === "" || parsed && data === null) return true;
  if (!parsed) return /^\s*\{\s*"version"\s*:\s*\d+\s*,\s*"tool"\s*:\s*"port-lint"/.test(text2.slice(0, 200)) || '{\n  "version": 1,\n  "tool": "port-lint",'.startsWith(text2);
  if (typeof data !== "object" || Array.isArray(data)) return false;
  const d = data;
  return d.tool === "port-lint" || "entries" in d;
}
function readBaseline(file, display = file) {
  let bytes;
  try {
    bytes = readUserFile(file, MAX_BASELINE_BYTES);
  } catch (err) {
    if (err instanceof UserFileError) {
      if (err.code === "ENOENT") return void 0;
      throw new BaselineError(`${display}: ${err.reason}`, false);
    }
    throw err;
  }
  let text2 = bytes.toString("utf8");
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  let data;
  try {
    data = JSON.parse(text2);
  } catch (err) {
    const replaceable2 = looksLikeBaseline(text2, void 0, false) || text2.trim() === "";
    const why = text2.trim() === "" ? "the file is empty" : `invalid JSON: ${visible(err.message, 120)}`;
    throw new BaselineError(`${display}: not a port-lint baseline (${why}); recreate it with --update-baseline`, replaceable2);
  }
  const replaceable = looksLikeBaseline(text2, data, true);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new BaselineError(`${display}: not a port-lint baseline (the file holds ${kindOf(data)}, not an object); recreate it with --update-baseline`, replaceable);
  }
  const d = data;
  if (d.version !== BASELINE_VERSION || !Array.isArray(d.entries)) {
    throw new BaselineError(`${display}: not a port-lint baseline of version ${BASELINE_VERSION}; recreate it with --update-baseline`, replaceable);
  }
  validateEntries ??= new Ajv({ allErrors: false, strict: false, validateSchema: false }).compile({ type: "array", items: ENTRY_SCHEMA });
  if (!validateEntries(d.entries)) {
    const e = validateEntries.errors[0];
    const at = `entries${keyPath(e.instancePath).replace(/^(?=\w)/, ".")}`;
    throw new BaselineError(`${display}: not a valid port-lint baseline: ${at} ${e.message ?? "is malformed"}; fix it or recreate it with --update-baseline`, replaceable);
  }
  return { version: BASELINE_VERSION, entries: d.entries };
}
function applyBaseline(findings, baseline, fileExists, inScope = () => true) {
  const remaining = /* @__PURE__ */ new Map();
  const byKey = (file, rule, fp) => `${file}\0${rule}\0${fp}`;
  for (const e of baseline.entries) remaining.set(byKey(e.file, e.rule, e.fingerprint), e.count);
  const knownFiles = new Set(baseline.entries.map((e) => e.file));
  const orphans = /* @__PURE__ */ new Map();
  for (const e of baseline.entries) {
    if (fileExists(e.file)) continue;
    const k = `${e.rule}\0${e.fingerprint}`;
    orphans.set(k, [...orphans.get(k) ?? [], { key: byKey(e.file, e.rule, e.fingerprint), left: e.count }]);
  }
  const fresh = [];
  let matched = 0;
  const unmatched = [];
  for (const f of findings) {
    const key = byKey(f.file, f.ruleId, contentKey(f));
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      matched++;
    } else {
      unmatched.push(f);
    }
  }
  for (const f of unmatched) {
    const candidates = knownFiles.has(f.file) ? void 0 : orphans.get(`${f.ruleId}\0${contentKey(f)}`);
    const slot = candidates?.find((c) => (remaining.get(c.key) ?? 0) > 0);
    if (slot) {
      remaining.set(slot.key, remaining.get(slot.key) - 1);
      matched++;
    } else {
      fresh.push(f);
    }
  }
  let stale = 0;
  for (const e of baseline.entries) {
    if (inScope(e.file)) stale += remaining.get(byKey(e.file, e.rule, e.fingerprint)) ?? 0;
  }
  return { fresh, matched, stale };
}
function refreshBaseline(findings, old, inScope) {
  const fresh = createBaseline(findings);
  if (!old) return fresh;
  const kept = old.entries.filter((e) => !inScope(e.file));
  const entries = [...fresh.entries, ...kept].sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.rule, b.rule) || compareStrings(a.fingerprint, b.fingerprint)
  );
  return { version: BASELINE_VERSION, entries };
}

// src/cache.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync, constants, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var CACHE_FORMAT = 1;
var DEFAULT_CACHE_LOCATION = ".port-lint-cache";
var cachedKey;
function cacheKey() {
  if (cachedKey) return cachedKey;
  const h = createHash2("sha256").update(`port-lint ${VERSION}
`);
  const grammars = packagePath("grammars");
  for (const f of readdirSync(grammars, { recursive: true }).filter((x) => x.endsWith(".scm") || x === "manifest.json").sort()) {
    h.update(f).update(readFileSync(path.join(grammars, f)));
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const ext = path.extname(fileURLToPath(import.meta.url));
  const sources = readdirSync(here, { recursive: true }).filter((f) => f.endsWith(ext)).sort();
  for (const f of sources) h.update(f).update(readFileSync(path.join(here, f)));
  cachedKey = h.digest("hex");
  return cachedKey;
}
function contentHash(bytes) {
  return createHash2("sha1").update(bytes).digest("hex");
}
var MAX_CACHE_BYTES = 500 * 1024 * 1024;
var LANGUAGES = ["typescript", "tsx", "javascript", "python", "shell", "dockerfile", "compose", "yaml", "json", "env", "package-json", "ports-yaml"];
var KINDS = [
  "publish-host",
  "publish-container",
  "expose",
  "listen",
  "connect",
  "url",
  "address",
  "env-assign",
  "env-default",
  "cli-flag",
  "property",
  "parameter-default",
  "constant",
  "argument"
];
var DIRECTIVE_KINDS = ["next-line", "line", "file"];
var PORT = { type: "integer", minimum: 0, maximum: 65535 };
var POSITION = { type: "object", required: ["line", "column"], properties: { line: { type: "integer", minimum: 1 }, column: { type: "integer", minimum: 1 } } };
var RANGE = { type: "object", required: ["start", "end"], properties: { start: POSITION, end: POSITION } };
var STRING = { type: "string" };
var OCCURRENCE = {
  type: "object",
  required: ["file", "language", "range", "port", "text", "kind", "comment", "snippet"],
  properties: {
    file: STRING,
    language: { enum: LANGUAGES },
    range: RANGE,
    port: { type: ["integer", "null"], minimum: 0, maximum: 65535 },
    portEnd: PORT,
    text: STRING,
    kind: { enum: KINDS },
    name: STRING,
    variable: STRING,
    defaultOf: STRING,
    host: STRING,
    hostIp: STRING,
    protocol: STRING,
    scheme: STRING,
    service: STRING,
    profiles: { type: "array", items: STRING },
    target: PORT,
    comment: { type: "boolean" },
    snippet: STRING
  }
};
var DIRECTIVE = {
  type: "object",
  required: ["kind", "rules", "line", "range", "snippet"],
  properties: { kind: { enum: DIRECTIVE_KINDS }, rules: { type: "array", items: STRING }, reason: STRING, line: { type: "integer", minimum: 1 }, range: RANGE, snippet: STRING }
};
var NOTICE = { type: "object", required: ["level", "message"], properties: { file: STRING, level: { enum: ["note", "warning", "error"] }, message: STRING } };
var ENTRY = {
  type: "object",
  required: ["hash", "result"],
  properties: {
    hash: { type: "string", minLength: 1 },
    result: {
      type: "object",
      required: ["file", "status", "occurrences", "directives", "notices"],
      properties: {
        file: STRING,
        status: { enum: ["scanned", "skipped", "ignored"] },
        occurrences: { type: "array", items: OCCURRENCE },
        directives: { type: "array", items: DIRECTIVE },
        notices: { type: "array", items: NOTICE }
      }
    }
  }
};
var validateEntry;
function validEntry(file, e) {
  validateEntry ??= new Ajv({ allErrors: false, strict: false, validateSchema: false }).compile(ENTRY);
  if (!validateEntry(e)) return false;
  const { result: result2 } = e;
  return result2.file === file && result2.occurrences.every((o) => o.file === file);
}
var SUM_MARK = ',"sum":"';
function intact(text2) {
  const at = text2.lastIndexOf(SUM_MARK);
  if (at < 0 || !/^[0-9a-f]{40}"\}$/.test(text2.slice(at + SUM_MARK.length))) return false;
  return createHash2("sha1").update(text2.slice(0, at)).digest("hex") === text2.slice(at + SUM_MARK.length, at + SUM_MARK.length + 40);
}
function looksLikeCache(head) {
  return /^\s*\{\s*"tool"\s*:\s*"port-lint"/.test(head) || '{"tool":"port-lint",'.startsWith(head);
}
function readHead(file, n) {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0)).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function refuse(file, why) {
  return new UsageError(`cache ${file}: ${why}; port-lint will not overwrite it (name another file with --cache-location, or delete it)`);
}
var ExtractionCache = class _ExtractionCache {
  constructor(file, key, root) {
    this.file = file;
    this.key = key;
    this.root = root;
  }
  file;
  key;
  root;
  entries = /* @__PURE__ */ new Map();
  dirty = false;
  /** False when the file could not be read, so may not be ours to overwrite. */
  writable = true;
  /**
   * Opens the cache at `file`; a missing file is an empty cache, a damaged one (corrupt, truncated,
   * hand-edited entries) is ignored with a notice and rebuilt. A file that is not a port-lint cache, or
   * not a regular file, is refused (UsageError): writing the cache would destroy it. Writes stay inside
   * `root` (see writeRootFor).
   */
  static open(file, notices, root = path.dirname(file)) {
    const cache = new _ExtractionCache(file, cacheKey(), writeRootFor(file, root));
    let text2;
    try {
      text2 = readUserFile(file, MAX_CACHE_BYTES).toString("utf8");
    } catch (err) {
      if (!(err instanceof UserFileError)) throw err;
      if (err.code === "ENOENT") return cache;
      if (err.code === "NOTFILE" || err.code === "EISDIR") throw refuse(file, err.reason);
      if (err.code === "TOOBIG" && looksLikeCache(readHead(file, 64))) {
        notices.push({ level: "note", message: `cache ${file} is too big to load (${err.reason}); ignored and rebuilt` });
        return cache;
      }
      if (err.code === "TOOBIG") throw refuse(file, "it exists and is not a port-lint cache");
      cache.writable = false;
      notices.push({ level: "warning", message: `cache ${file} cannot be read (${err.reason}); not used` });
      return cache;
    }
    if (text2.trim() === "") return cache;
    let data;
    try {
      data = JSON.parse(text2);
    } catch {
      if (!looksLikeCache(text2.slice(0, 64))) throw refuse(file, "it exists and is not a port-lint cache");
      notices.push({ level: "note", message: `cache ${file} is corrupt; ignored and rebuilt` });
      return cache;
    }
    if (typeof data !== "object" || data === null || data.tool !== "port-lint") throw refuse(file, "it exists and is not a port-lint cache");
    if (data.format !== CACHE_FORMAT || typeof data.files !== "object" || data.files === null || Array.isArray(data.files)) {
      notices.push({ level: "note", message: `cache ${file} is not a port-lint cache of this format; ignored and rebuilt` });
      return cache;
    }
    if (data.key !== cache.key) return cache;
    if (intact(text2)) {
      for (const [f, e] of Object.entries(data.files)) cache.entries.set(f, e);
      return cache;
    }
    let dropped = 0;
    for (const [f, e] of Object.entries(data.files)) {
      if (validEntry(f, e)) cache.entries.set(f, e);
      else dropped++;
    }
    if (dropped > 0) {
      cache.dirty = true;
      notices.push({ level: "note", message: `cache ${file} has ${plural(dropped, "malformed entry", "malformed entries")}; ${dropped === 1 ? "its file was" : "their files were"} extracted again` });
    }
    return cache;
  }
  get(file, hash) {
    const e = this.entries.get(file);
    return e && e.hash === hash ? e.result : void 0;
  }
  set(file, hash, result2) {
    this.entries.set(file, { hash, result: result2 });
    this.dirty = true;
  }
  /** The cache file's text, about a megabyte at a time: one string of every result would cost as much memory as the cache. */
  *chunks() {
    const sum = createHash2("sha1");
    let chunk = `{"tool":"port-lint","format":${CACHE_FORMAT},"key":${JSON.stringify(this.key)},"files":{`;
    let first = true;
    for (const [file, entry] of this.entries) {
      chunk += `${first ? "" : ","}${JSON.stringify(file)}:${JSON.stringify(entry)}`;
      first = false;
      if (chunk.length >= 1 << 20) {
        sum.update(chunk);
        yield chunk;
        chunk = "";
      }
    }
    chunk += "}";
    sum.update(chunk);
    yield `${chunk}${SUM_MARK}${sum.digest("hex")}"}`;
  }
  /**
   * Writes the cache (atomically: src/safe-write.ts) if anything changed, without the entries of files
   * that no longer exist; a failure to write is a notice, not an error. Temporary files of earlier runs
   * killed while saving are removed first.
   */
  save(notices, exists) {
    if (!this.writable) return;
    for (const file of this.entries.keys()) {
      if (!exists(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    removeStaleTempFiles(this.file, { legacy: true });
    try {
      safeWriteFile(this.file, this.chunks(), { root: this.root });
    } catch (err) {
      const why = err instanceof WriteError ? err.detail : String(err);
      notices.push({ level: "warning", message: `cache ${this.file} could not be written: ${why}` });
    }
  }
};

// src/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import { spawnSync } from "node:child_process";
import { closeSync as closeSync2, constants as constants2, existsSync, lstatSync, opendirSync, openSync as openSync2, readdirSync as readdirSync2, readFileSync as readFileSync2, readlinkSync, realpathSync, statSync } from "node:fs";
import path2 from "node:path";
var DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**"];
function coversDirectory(globs, dir) {
  if (globs.length === 0) return false;
  const probe = `${dir === "" ? "" : `${dir}/`}__port_lint_probe__/x`;
  return (0, import_picomatch.default)(globs, { dot: true })(probe);
}
function mayReach(g, dir) {
  const base = import_picomatch.default.scan(g).base;
  return base === "" || dir === "" || base === dir || base.startsWith(`${dir}/`) || dir.startsWith(`${base}/`);
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function listedName(raw) {
  try {
    return { file: utf8.decode(raw) };
  } catch {
    return { file: escapeInvalidUtf8(raw), raw: Buffer.from(raw) };
  }
}
function escapeInvalidUtf8(raw) {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const b = raw[i];
    const len = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (len > 0 && i + len <= raw.length) {
      try {
        out += utf8.decode(raw.subarray(i, i + len));
        i += len;
        continue;
      } catch {
      }
    }
    out += `\\x${b.toString(16).padStart(2, "0")}`;
    i++;
  }
  return out;
}
function gitFiles(root, dir, unreadable) {
  if (!existsSync(path2.join(root, ".git"))) return void 0;
  const list = (args) => {
    const r = spawnSync("git", ["--literal-pathspecs", "ls-files", "-z", ...args, "--", dir === "" ? "." : dir], {
      cwd: root,
      maxBuffer: 1024 * 1024 * 1024,
      // git's warnings are read for unreadable directories: in English whatever the user's locale.
      env: { ...process.env, LC_ALL: "C", LANGUAGE: "C" },
      stdio: ["ignore", "pipe", "pipe"]
    });
    if (r.status !== 0 || r.error) return void 0;
    const stderr = r.stderr.toString("utf8");
    for (const m of stderr.matchAll(/^warning: could not open directory '(.*)': (.*)$/gm)) {
      unreadable(m[1].replace(/\/$/, ""), m[2].toLowerCase());
    }
    let text2;
    try {
      text2 = utf8.decode(r.stdout);
    } catch {
      return splitNul(r.stdout).filter((raw) => raw.length > 0).map(listedName);
    }
    return text2.split("\0").filter(Boolean).map((file) => ({ file }));
  };
  const deleted = list(["--deleted"]);
  const all = deleted && list(["--cached", "--others", "--exclude-standard"]);
  if (!deleted || !all) return void 0;
  const gone = new Set(deleted.map((l) => l.file));
  const files = /* @__PURE__ */ new Map();
  for (const l of all) if (!gone.has(l.file)) files.set(l.file, l);
  return [...files.values()];
}
function gitignored(levels, rel) {
  for (let k = levels.length - 1; k >= 0; k--) {
    const { base, rules } = levels[k];
    const r = rules.test(base === "" ? rel : rel.slice(base.length + 1));
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}
function readGitignore(absDir) {
  let text2;
  try {
    text2 = readFileSync2(path2.join(absDir, ".gitignore"), "utf8");
  } catch {
    return void 0;
  }
  return (0, import_ignore.default)({ allowRelativePaths: true }).add(text2);
}
function walkFiles(root, dir, unreadable) {
  const out = [];
  const lossyParents = [];
  const levels = [];
  for (const d of dir === "" ? [] : ancestors(parentDir(dir))) {
    const rules = readGitignore(path2.join(root, d));
    if (rules) levels.push({ base: d, rules });
  }
  const visit = (rel, levels2) => {
    const abs = rel === "" ? root : path2.join(root, rel);
    let entries;
    try {
      entries = readdirSync2(abs, { withFileTypes: true });
    } catch (err) {
      unreadable(rel, describeFsError(err));
      return;
    }
    const own = entries.some((e) => e.name === ".gitignore") ? readGitignore(abs) : void 0;
    const here = own ? [...levels2, { base: rel, rules: own }] : levels2;
    for (const e of entries) {
      if (e.name.includes("\uFFFD")) {
        if (!lossyParents.includes(rel)) lossyParents.push(rel);
        continue;
      }
      const child = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name === "node_modules" || e.name === ".git" || gitignored(here, `${child}/`)) continue;
        visit(child, here);
      } else if (gitignored(here, child)) continue;
      else if (e.isFile() || e.isSymbolicLink() && !isSymlinkToDirectory(path2.join(abs, e.name))) out.push({ file: child });
    }
  };
  visit(dir, levels);
  for (const parent of lossyParents) out.push(...rawWalk(root, parent, unreadable));
  return out;
}
function rawWalk(root, parent, unreadable, rawParent) {
  const base = rawParent ?? Buffer.from(parent, "utf8");
  const absDir = Buffer.concat([Buffer.from(`${root}${path2.sep}`, "utf8"), base]);
  let dirents;
  try {
    dirents = readdirSync2(absDir, { encoding: "buffer", withFileTypes: true });
  } catch (err) {
    unreadable(listedName(base).file, describeFsError(err));
    return [];
  }
  const out = [];
  for (const d of dirents) {
    const name = d.name;
    const rawRel = base.length === 0 ? Buffer.from(name) : Buffer.concat([base, Buffer.from("/"), name]);
    const l = listedName(rawRel);
    if (!l.raw && rawParent === void 0 && !l.file.includes("\uFFFD")) continue;
    if (d.isDirectory()) {
      const n = name.toString("latin1");
      if (n !== "node_modules" && n !== ".git") out.push(...rawWalk(root, l.file, unreadable, rawRel));
    } else if (d.isFile() || d.isSymbolicLink() && !isSymlinkToDirectory(Buffer.concat([Buffer.from(`${root}${path2.sep}`, "utf8"), rawRel]))) {
      out.push(l.raw ? l : { file: l.file, raw: rawRel });
    }
  }
  return out;
}
function linguistAttributes(root, candidates, dirs) {
  const texts = /* @__PURE__ */ new Map();
  for (const d of dirs) texts.set(d, readAttributesFile(path2.join(root, d, ".gitattributes")));
  const infoAttributes = readAttributesFile(path2.join(root, ".git", "info", "attributes"));
  if (!mentionsLinguist([...texts.values(), infoAttributes])) return /* @__PURE__ */ new Map();
  if (existsSync(path2.join(root, ".git"))) {
    const fromGit = gitAttributes(root, candidates);
    if (fromGit) return fromGit;
  }
  return attributesFromFiles(
    candidates.map((c) => c.file),
    texts
  );
}
function parentDir(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "" : file.slice(0, slash);
}
var NO_ATTRIBUTES = {};
async function discover(options) {
  const root = path2.resolve(options.root);
  let realRoot;
  const getRealRoot = () => realRoot ??= realPath(root, root);
  const named = options.paths.length > 0;
  const targets = named ? options.paths : ["."];
  const explicit = [];
  const found = /* @__PURE__ */ new Map();
  const attributeDirs = /* @__PURE__ */ new Set();
  const probe = /* @__PURE__ */ new Set();
  for (const target of targets) {
    const { rel, isDir } = resolveTarget(options.cwd, root, getRealRoot, target);
    if (!isDir) {
      explicit.push({ file: rel });
      for (const d of ancestors(parentDir(rel))) probe.add(d);
      continue;
    }
    for (const d of ancestors(rel)) probe.add(d);
    const excludes = named && coversDirectory(options.exclude, rel) ? options.exclude.filter((g) => !coversDirectory([g], rel)) : options.exclude;
    const includes = named && !options.include.some((g) => mayReach(g, rel)) ? [] : options.include;
    const included = includes.length > 0 ? (0, import_picomatch.default)(includes, { dot: true }) : () => true;
    const ignored = (0, import_picomatch.default)([...DEFAULT_IGNORES, ...excludes], { dot: true });
    const unreadable = (dir, reason) => options.onNotice?.({ file: dir, level: "warning", message: `skipped: directory cannot be read (${reason}); files below it were not scanned` });
    const listed = gitFiles(root, rel, unreadable) ?? walkFiles(root, rel, unreadable);
    for (const l of listed) {
      if (l.file === ".gitattributes" || l.file.endsWith("/.gitattributes")) attributeDirs.add(parentDir(l.file));
      if (included(l.file) && !ignored(l.file)) found.set(l.file, l);
    }
  }
  const ignoredByConfig = (0, import_picomatch.default)([...DEFAULT_IGNORES, ...options.exclude], { dot: true });
  const namedFiles = /* @__PURE__ */ new Set();
  for (const l of explicit) {
    if (ignoredByConfig(l.file)) options.onIgnored?.(l.file);
    else {
      found.set(l.file, l);
      namedFiles.add(l.file);
    }
  }
  const skip = new Set((options.skip ?? []).map((p) => path2.resolve(p)));
  const candidates = [];
  for (const file of [...found.keys()].sort()) {
    const l = found.get(file);
    const abs = path2.join(root, file);
    if (!l.raw && skip.has(abs)) continue;
    const language = languageByName(file);
    if (language === void 0 && !mayHaveShebang(file)) continue;
    candidates.push({ file, raw: l.raw, abs, language });
  }
  for (const d of probe) if (!attributeDirs.has(d) && existsSync(path2.join(root, d, ".gitattributes"))) attributeDirs.add(d);
  const attributes = options.includeGenerated ? /* @__PURE__ */ new Map() : linguistAttributes(root, candidates, attributeDirs);
  const files = [];
  for (const c of candidates) {
    const sf = { file: c.file, path: c.abs, language: c.language };
    if (!options.includeGenerated) {
      const attrs = attributes.get(c.file) ?? NO_ATTRIBUTES;
      const generated = classifyPath(c.file, attrs);
      if (generated) {
        options.onGenerated?.(c.file, generated, namedFiles.has(c.file));
        continue;
      }
      if (attrs.generated !== false) sf.detectGenerated = true;
    }
    if (namedFiles.has(c.file)) sf.named = true;
    if (c.raw) sf.rawPath = Buffer.concat([Buffer.from(`${root}${path2.sep}`, "utf8"), c.raw]);
    files.push(sf);
  }
  return files;
}
function resolveTarget(cwd, root, realRoot, target) {
  const abs = path2.resolve(cwd, target);
  let isDir;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (err) {
    throw new UsageError(describeTargetError(abs, target, err));
  }
  const real = realPath(abs, target);
  if (real === path2.parse(real).root || /^\/(?:proc|sys)(?:\/|$)|^\/dev$/.test(real)) {
    throw new UsageError(
      `${target}${real === abs ? "" : ` (a symbolic link to ${real})`}: port-lint does not scan the whole file system or a kernel file system; name the directories to scan`
    );
  }
  const relReal = path2.relative(realRoot(), real);
  if (relReal.startsWith("..") || path2.isAbsolute(relReal)) {
    if (real !== abs) {
      throw new UsageError(`${target} leads outside the repository root ${root} (through a symbolic link, to ${real}); name ${real} itself to scan it there`);
    }
    throw new UsageError(`${target} is outside the repository root ${root}; run port-lint from inside it`);
  }
  const relNamed = path2.relative(root, abs);
  const rel = !isDir && !relNamed.startsWith("..") && !path2.isAbsolute(relNamed) ? relNamed : relReal;
  try {
    if (isDir) opendirSync(abs).closeSync();
    else closeSync2(openSync2(abs, constants2.O_RDONLY | constants2.O_NONBLOCK));
  } catch (err) {
    throw new UsageError(`cannot read ${isDir ? "directory" : "file"} ${target}: ${describeFsError(err)}`);
  }
  return { rel: toPosix(rel), isDir };
}
function realPath(abs, target) {
  try {
    return realpathSync(abs);
  } catch (err) {
    throw new UsageError(describeTargetError(abs, target, err));
  }
}
function describeTargetError(abs, target, err) {
  const code2 = err.code;
  if (code2 === "ENOENT") {
    let link;
    try {
      if (lstatSync(abs).isSymbolicLink()) link = readlinkSync(abs);
    } catch {
    }
    if (link !== void 0) return `cannot read ${target}: broken symbolic link (its target ${link} does not exist)`;
    if (target.includes("\uFFFD")) return `no such file or directory: ${target} (its name is not valid UTF-8 as given; name its directory instead)`;
    return `no such file or directory: ${target}`;
  }
  return `cannot read ${target}: ${describeFsError(err)}`;
}
function isSymlinkToDirectory(abs) {
  try {
    return lstatSync(abs).isSymbolicLink() && statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

// src/gc.ts
import v8 from "node:v8";
import vm from "node:vm";
var fullGc;
function collectGarbage() {
  if (fullGc === void 0) {
    fullGc = null;
    try {
      const exposed = globalThis.gc;
      if (typeof exposed === "function") fullGc = exposed;
      else {
        v8.setFlagsFromString("--expose-gc");
        const gc = vm.runInNewContext("gc");
        if (typeof gc === "function") fullGc = gc;
      }
    } catch {
    }
  }
  if (!fullGc) return false;
  fullGc();
  return true;
}
var GARBAGE_FLOOR = 96 * 1024 * 1024;
var GarbageBudget = class {
  live;
  floor;
  used;
  collect;
  /** `usedHeap` and `collect` are V8's heap size and collectGarbage; tests give their own. */
  constructor(options = {}) {
    this.floor = options.floor ?? GARBAGE_FLOOR;
    this.used = options.usedHeap ?? usedHeap;
    this.collect = options.collect ?? collectGarbage;
    this.live = this.used();
  }
  /** Collects if the heap holds more garbage than the budget allows; returns whether it did. */
  check() {
    if (this.used() - this.live <= Math.max(this.floor, this.live)) return false;
    if (!this.collect()) {
      this.live = Infinity;
      return false;
    }
    this.live = this.used();
    return true;
  }
};
function usedHeap() {
  return v8.getHeapStatistics().used_heap_size;
}

// src/pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import path3 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_PARSED_PER_WORKER = 128;
var MIN_PARSED_BYTES_PER_WORKER_2_CORES = 2 * 1024 * 1024;
var LOOKAHEAD_FILES = 4096;
var LOOKAHEAD_BYTES = 48 * 1024 * 1024;
var BATCH = 32;
var BATCH_PARSE_BYTES = 256 * 1024;
var YOUNG_GENERATION_MB = 16;
function workerHeapMb(maxSize) {
  return 32 + Math.ceil(64 * maxSize / (1024 * 1024));
}
var QUICK_COMPILE_MAX_FILES = 128;
function defaultJobs() {
  return Math.max(1, availableParallelism());
}
function workerScript() {
  const here = fileURLToPath2(import.meta.url);
  const sibling = path3.join(path3.dirname(here), "worker.js");
  if (here.endsWith(".js") && existsSync2(sibling)) return sibling;
  return path3.join(PACKAGE_ROOT, "lib", "worker.js");
}
function lookaheadTarget(jobs, cores) {
  return Math.max(jobs === void 0 ? Math.min(cores, 8) * MIN_PARSED_PER_WORKER : BATCH + 1, QUICK_COMPILE_MAX_FILES + 1);
}
function workerCount(parsed, jobs, cores, parsedBytes = Infinity) {
  const known = parsed ?? Infinity;
  if (jobs !== void 0) return Math.min(jobs, Math.ceil(known / BATCH));
  const byBytes = cores <= 2 && parsed !== void 0 ? Math.floor(parsedBytes / MIN_PARSED_BYTES_PER_WORKER_2_CORES) : Infinity;
  return Math.min(cores, Math.floor(known / MIN_PARSED_PER_WORKER), byBytes);
}
function dispatchOrder(ahead) {
  return {
    toParse: ahead.filter((w) => w.parse).sort((a, b) => b.bytes - a.bytes || a.index - b.index),
    cheap: ahead.filter((w) => !w.parse)
  };
}
function weigh(index, sf, maxSize) {
  let bytes;
  if (sf.bytes) bytes = Buffer.from(sf.bytes.buffer, sf.bytes.byteOffset, sf.bytes.byteLength);
  else {
    const read = readBytes(sf, maxSize);
    if (read.kind === "bytes") bytes = read.bytes;
  }
  if (!bytes) return { index, sf, parse: false, bytes: 0 };
  const decoded = decodeSource(sf, bytes);
  const parse = decoded.kind === "text" && mayHoldPorts(decoded.text, decoded.language, sf.file);
  return { index, sf: { ...sf, bytes, prefiltered: parse }, parse, bytes: bytes.length };
}
async function scanFiles(source, maxSize, jobs) {
  const it = source[Symbol.iterator]();
  const ahead = [];
  let taken = 0;
  let aheadBytes = 0;
  let parsed = 0;
  let exhausted = false;
  const pull = () => {
    if (exhausted) return void 0;
    const n = it.next();
    if (n.done) {
      exhausted = true;
      return void 0;
    }
    return weigh(taken++, n.value, maxSize);
  };
  const cores = defaultJobs();
  const enough = lookaheadTarget(jobs, cores);
  const enoughBytes = jobs === void 0 && cores <= 2 ? cores * MIN_PARSED_BYTES_PER_WORKER_2_CORES : 0;
  let parsedBytes = 0;
  while ((parsed < enough || parsedBytes < enoughBytes) && ahead.length < LOOKAHEAD_FILES && aheadBytes < LOOKAHEAD_BYTES) {
    const w = pull();
    if (!w) break;
    ahead.push(w);
    aheadBytes += w.bytes;
    if (w.parse) {
      parsed++;
      parsedBytes += w.bytes;
    }
  }
  const limit = workerCount(exhausted ? parsed : void 0, jobs, cores, parsedBytes);
  const script = workerScript();
  if (limit <= 1 || !existsSync2(script)) {
    if (exhausted && parsed <= QUICK_COMPILE_MAX_FILES) preferQuickCompile(parsed, queryPlan(ahead.filter((w) => w.parse).map((w) => w.sf)));
    await Promise.all([...new Set(ahead.flatMap((w) => w.parse && w.sf.language ? [w.sf.language] : []))].map((language) => prepareLanguage(language).catch(() => void 0)));
    const results2 = [];
    const budget = new GarbageBudget();
    for (let i = 0; i < ahead.length; i++) {
      const { sf } = ahead[i];
      ahead[i] = void 0;
      results2.push(await scanFile(sf, maxSize));
      budget.check();
    }
    ahead.length = 0;
    for (let n = it.next(); !n.done; n = it.next()) {
      results2.push(await scanFile(n.value, maxSize));
      budget.check();
    }
    return results2;
  }
  const { toParse, cheap } = dispatchOrder(ahead);
  ahead.length = 0;
  const results = [];
  const retry = [];
  const takeBatch = () => {
    if (retry.length > 0) return retry.splice(0, BATCH);
    const batch = [];
    let toParseHere = 0;
    let bytes = 0;
    while (toParseHere < BATCH && bytes < BATCH_PARSE_BYTES && batch.length < 4 * BATCH) {
      const w = toParse.shift() ?? cheap.shift() ?? pull();
      if (!w) break;
      batch.push({ index: w.index, sf: w.sf });
      if (w.parse) {
        toParseHere++;
        bytes += w.bytes;
      }
    }
    return batch;
  };
  const topUp = () => {
    while (toParse.length < 2 * BATCH * limit && cheap.length < 8 * BATCH * limit) {
      const w = pull();
      if (!w) return;
      (w.parse ? toParse : cheap).push(w);
    }
  };
  const heapMb = workerHeapMb(maxSize);
  const live = /* @__PURE__ */ new Set();
  const spawn = () => {
    const w = new PoolWorker(script, heapMb, () => live.delete(w));
    live.add(w);
    return w;
  };
  const lane = async () => {
    let worker;
    try {
      for (let batch = takeBatch(); batch.length > 0; batch = takeBatch()) {
        worker ??= spawn();
        const pending = worker.run(batch, maxSize);
        topUp();
        const run = await pending;
        batch.forEach((slot, k) => {
          const r = run.results[k];
          if (r) results[slot.index] = r;
        });
        if (!run.death) continue;
        worker = void 0;
        const missing = batch.filter((_, k) => !run.results[k]);
        const suspect = missing.shift();
        retry.unshift(...missing);
        if (!suspect) continue;
        if (run.death.timedOut) {
          results[suspect.index] = crashed(suspect.sf.file, deathReason(run.death, suspect.sf, maxSize));
          continue;
        }
        const alone = spawn();
        const solo = await alone.run([suspect], maxSize);
        if (solo.results[0]) {
          results[suspect.index] = solo.results[0];
          worker = alone;
        } else results[suspect.index] = crashed(suspect.sf.file, deathReason(solo.death, suspect.sf, maxSize));
      }
    } finally {
      await worker?.terminate();
    }
  };
  try {
    const lanes = [];
    for (let k = 0; k < limit; k++) lanes.push(lane());
    const settled = await Promise.allSettled(lanes);
    for (const s of settled) if (s.status === "rejected") throw s.reason;
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
  return results;
}
var PoolWorker = class {
  worker;
  current;
  error;
  death;
  ids = 0;
  watchdog;
  timedOut = false;
  constructor(script, heapMb, onExit) {
    this.worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.worker.on("message", (res) => {
      const cur = this.current;
      if (!cur || res.id !== cur.id || cur.results[res.index]) return;
      cur.results[res.index] = compact(res.result);
      if (--cur.left === 0) {
        this.current = void 0;
        this.stopWatchdog();
        cur.done({ results: cur.results });
      } else this.startWatchdog();
    });
    this.worker.on("error", (err) => this.error ??= err);
    this.worker.on("exit", (code2) => {
      this.stopWatchdog();
      this.death = { code: code2, ...this.error && { error: this.error }, ...this.timedOut && { timedOut: true } };
      onExit();
      const cur = this.current;
      this.current = void 0;
      cur?.done({ results: cur.results, death: this.death });
    });
  }
  run(files, maxSize) {
    if (this.death) return Promise.resolve({ results: [], death: this.death });
    return new Promise((done) => {
      const id = this.ids++;
      this.current = { id, results: new Array(files.length), left: files.length, done };
      this.worker.postMessage({ id, files: files.map((f) => f.sf), maxSize });
      this.startWatchdog();
    });
  }
  /** (Re)arms the per-file budget: a worker that reports no file for that long is stopped. */
  startWatchdog() {
    this.stopWatchdog();
    this.watchdog = setTimeout(() => {
      this.timedOut = true;
      void this.worker.terminate();
    }, fileTimeBudgetMs());
  }
  stopWatchdog() {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = void 0;
  }
  async terminate() {
    await this.worker.terminate();
  }
};
var interned = /* @__PURE__ */ new Map();
var intern = (s) => {
  const known = interned.get(s);
  if (known !== void 0) return known;
  interned.set(s, s);
  return s;
};
function compact(result2) {
  for (const o of result2.occurrences) {
    o.file = result2.file;
    o.language = intern(o.language);
    o.kind = intern(o.kind);
  }
  return result2;
}
function deathReason(death, sf, maxSize) {
  if (death.timedOut) return timeoutReason(bytesOf(sf, maxSize));
  if (death.error?.code === "ERR_WORKER_OUT_OF_MEMORY") return `extraction ran out of memory (${describeBytes(bytesOf(sf, maxSize))})`;
  if (death.error) return `extraction crashed (${death.error.message.split("\n", 1)[0].trim()})`;
  return `extraction crashed (its thread exited with code ${death.code})`;
}
function bytesOf(sf, maxSize) {
  if (sf.bytes) return Buffer.from(sf.bytes.buffer, sf.bytes.byteOffset, sf.bytes.byteLength);
  const read = readBytes(sf, maxSize);
  return read.kind === "bytes" ? read.bytes : void 0;
}

// src/engine.ts
async function extractAll(options) {
  const { registry } = options;
  const result2 = { occurrences: [], notices: [], directives: /* @__PURE__ */ new Map(), files: [], listed: /* @__PURE__ */ new Set(), filesScanned: 0 };
  if (options.stdin) {
    const sf = { file: options.stdin.file, path: path4.join(options.root, options.stdin.file), language: languageByName(options.stdin.file) };
    const r = await scanLoaded(sf, Buffer.from(options.stdin.text, "utf8"));
    if (r.status === "ignored") result2.notices.push({ file: sf.file, level: "warning", message: "skipped: port-lint does not read files of this kind" });
    collect(result2, [r], []);
    return result2;
  }
  let generated = [];
  let files = await discover({
    cwd: options.cwd,
    root: options.root,
    paths: options.paths,
    include: registry.lint.include,
    exclude: registry.lint.exclude,
    skip: [registry.path, ...options.cacheFile ? [options.cacheFile] : [], ...options.ownFiles ?? []],
    ...options.includeGenerated && { includeGenerated: true },
    onIgnored: (file) => result2.notices.push({ file, level: "note", message: "skipped: lint.exclude or a built-in ignore (node_modules, .git) covers it" }),
    onGenerated: (file, why, named) => generated.push({ file, reason: why.reason, named }),
    onNotice: (notice) => result2.notices.push(notice)
  });
  if (options.onlyFiles) {
    files = files.filter((f) => options.onlyFiles.has(f.file));
    generated = generated.filter((g) => options.onlyFiles.has(g.file));
  }
  for (const f of files) result2.listed.add(f.file);
  for (const g of generated) result2.listed.add(g.file);
  const maxSize = registry.lint.maxFileSize;
  const jobs = options.jobs;
  if (!options.cacheFile) {
    collect(result2, await scanFiles(files, maxSize, jobs), generated);
  } else {
    const cache = ExtractionCache.open(options.cacheFile, result2.notices, options.root);
    const results = new Array(files.length);
    const misses = [];
    function* toExtract() {
      for (const [index, sf] of files.entries()) {
        const read = readBytes(sf, maxSize);
        if (read.kind === "ignored") results[index] = { file: sf.file, status: "ignored", occurrences: [], directives: [], notices: [] };
        else if (read.kind === "generated") results[index] = { file: sf.file, status: "ignored", occurrences: [], directives: [], notices: [], generated: read.reason };
        else if (read.kind === "skipped") results[index] = { file: sf.file, status: "skipped", occurrences: [], directives: [], notices: [read.notice] };
        else {
          const hash = contentHash(read.bytes);
          const hit = cache.get(sf.file, hash);
          if (hit) results[index] = hit;
          else {
            misses.push({ index, file: sf.file, hash });
            yield { ...sf, bytes: read.bytes };
          }
        }
      }
    }
    const fresh = await scanFiles(toExtract(), maxSize, jobs);
    fresh.forEach((r, k) => {
      const m = misses[k];
      results[m.index] = r;
      if (r.status !== "skipped") cache.set(m.file, m.hash, r);
    });
    cache.save(result2.notices, (file) => result2.listed.has(file) || existsSync3(path4.join(options.root, file)));
    collect(result2, results, generated);
  }
  noticeGenerated(result2, generated, new Set(files.filter((f) => f.named).map((f) => f.file)));
  result2.notices.sort((a, b) => compareStrings(a.file ?? "", b.file ?? "") || compareStrings(a.message, b.message));
  return result2;
}
function collect(result2, results, generated) {
  for (const r of results) {
    if (r.generated !== void 0) generated.push({ file: r.file, reason: r.generated, named: false });
    result2.notices.push(...r.notices);
    if (r.status !== "scanned") continue;
    for (const o of r.occurrences) result2.occurrences.push(o);
    if (r.directives.length > 0) result2.directives.set(r.file, r.directives);
    result2.files.push(r.file);
    result2.filesScanned++;
  }
}
function noticeGenerated(result2, generated, named) {
  let count2 = 0;
  for (const g of generated) {
    if (g.named || named.has(g.file)) {
      result2.notices.push({ file: g.file, level: "note", message: `skipped: ${g.reason}; --include-generated to read it` });
    } else count2++;
  }
  if (count2 > 0) {
    result2.notices.push({
      level: "note",
      message: `${count2} generated or vendored ${count2 === 1 ? "file" : "files"} skipped; --include-generated to read ${count2 === 1 ? "it" : "them"}`
    });
  }
}
function covers(target, file) {
  const rel = path4.relative(target, file);
  return rel === "" || !rel.startsWith("..") && !path4.isAbsolute(rel);
}
var COLLECT_BETWEEN_PHASES = 5e4;
function betweenPhases() {
  collectGarbage();
}
async function scan(options) {
  const extracted = await extractAll(options);
  const { registry } = options;
  const large = extracted.occurrences.length >= COLLECT_BETWEEN_PHASES;
  if (large) betweenPhases();
  let findings = finalize(
    lintUnsorted({
      registry,
      occurrences: extracted.occurrences,
      rules: options.rules,
      consume: true,
      ...large && { afterOccurrences: betweenPhases }
    })
  );
  extracted.occurrences = [];
  if (large) betweenPhases();
  const registryInScope = !options.stdin && (!options.onlyFiles || options.onlyFiles.has(registry.file)) && (options.registryNamed === true || options.paths.length === 0 || options.paths.some((p) => covers(path4.resolve(options.cwd, p), registry.path)));
  if (!registryInScope) findings = findings.filter((f) => f.file !== registry.file);
  if (options.stdin) findings = findings.filter((f) => f.file === options.stdin.file);
  let suppressed = 0;
  if (options.inlineConfig !== false) {
    const directives = new Map(extracted.directives);
    if (registryInScope) {
      const own = parseDirectives(registry.lines.join("\n"));
      if (own.length > 0) directives.set(registry.file, own);
    }
    const unused = options.rules.find((r) => r.rule.id === UNUSED_SUPPRESSION);
    const s = applySuppressions(findings, directives, {
      reportUnused: unused ? unused.severity : "off",
      knownRules: RULES.map((r) => r.id)
    });
    findings = [...s.kept, ...finalize(s.problems)].sort(compareFindings);
    suppressed = s.suppressed;
  }
  if (options.changedLines) {
    const changed = options.changedLines;
    findings = findings.filter((f) => {
      const lines = changed.get(f.file);
      return lines === "all" || lines !== void 0 && lines.has(f.range.start.line);
    });
  }
  const scanned = new Set(extracted.files);
  if (registryInScope) scanned.add(registry.file);
  const full = options.paths.length === 0 && !options.onlyFiles && !options.stdin;
  const root = options.root;
  const inScope = (file) => scanned.has(file) || full && !extracted.listed.has(file);
  let baselined = 0;
  let stale = 0;
  if (options.baseline) {
    const m = applyBaseline(findings, options.baseline, (file) => existsSync3(path4.join(root, file)), inScope);
    findings = m.fresh.sort(compareFindings);
    baselined = m.matched;
    stale = m.stale;
  }
  return {
    findings,
    inScope,
    notices: extracted.notices,
    filesScanned: extracted.filesScanned,
    suppressed,
    baselined,
    stale
  };
}

// src/init-evidence.ts
import path5 from "node:path";
var WELL_KNOWN_PORTS = /* @__PURE__ */ new Map([
  [20, "FTP data"],
  [21, "FTP"],
  [22, "SSH"],
  [23, "Telnet"],
  [25, "SMTP"],
  [53, "DNS"],
  [80, "HTTP"],
  [110, "POP3"],
  [143, "IMAP"],
  [389, "LDAP"],
  [443, "HTTPS"],
  [465, "SMTPS"],
  [587, "SMTP submission"],
  [636, "LDAPS"],
  [993, "IMAPS"],
  [995, "POP3S"],
  // Metrics sinks an application reports to (statsd, Graphite's plaintext port).
  [2003, "Graphite"],
  [8125, "StatsD"]
]);
function isTestPath(file) {
  return isTestFile(file) || /(?:^|\/)(?:__fixtures__|fixtures|mocks)\//i.test(file);
}
function isForeignHost(host) {
  return isOtherMachineIp(host) || isExternalHost(host);
}
function reachesForeignHost(o) {
  return isClientSide(o) && isForeignHost(o.host);
}
function isContainerSetting(o) {
  return o.kind === "env-assign" && (o.language === "dockerfile" || o.language === "compose" && o.service !== void 0);
}
function isEnvVariableName(name) {
  return /^[A-Z][A-Z0-9_]*$/.test(name);
}
var PLACEHOLDER_NAMES = /* @__PURE__ */ new Set([
  "a",
  "all",
  "available",
  "base",
  "bind",
  "custom",
  "default",
  "dest",
  "destination",
  "dev",
  "docker",
  "external",
  "expose",
  "exposed",
  "first",
  "forward",
  "forwarded",
  "free",
  "host",
  "http",
  "https",
  "internal",
  "listen",
  "local",
  "main",
  "my",
  "new",
  "next",
  "old",
  "other",
  "port",
  "ports",
  "primary",
  "private",
  "public",
  "random",
  "range",
  "ranges",
  "remote",
  "second",
  "secondary",
  "server",
  "servers",
  "service",
  "services",
  "src",
  "source",
  "target",
  "tcp",
  "test",
  "the",
  "udp",
  "value"
]);
function isPlaceholderName(name) {
  if (name.length < 2 || PLACEHOLDER_NAMES.has(name)) return true;
  if (/^\d|(^|_)\d+$/.test(name)) return true;
  const words = name.split("_");
  return words.some((w) => w === "range" || w === "ranges") || words.every((w) => PLACEHOLDER_NAMES.has(w));
}
var DOCKERFILE_DIR_PLACEHOLDERS = /* @__PURE__ */ new Set([".", "", "docker", "build", "ops", "deploy", "deployment", "images", "image", "src", "app", "container", "containers"]);
function dockerfileImageName(file) {
  if (!file.includes("/")) return void 0;
  const dir = path5.posix.basename(path5.posix.dirname(file));
  return DOCKERFILE_DIR_PLACEHOLDERS.has(dir.toLowerCase()) ? void 0 : dir;
}

// src/init-proposal.ts
var CODE_LANGUAGES = /* @__PURE__ */ new Set(["python", "javascript", "typescript", "tsx", "shell"]);
var PORT_WORDS = /* @__PURE__ */ new Set(["port", "ports", "number", "num", "no", "default", "host", "listen", "bind"]);
function where(o) {
  return `${o.file}:${o.range.start.line}`;
}
function whereWhat(o) {
  return `${where(o)} (${describeOccurrence(o)})`;
}
function sortUses(uses) {
  return [...uses].sort((a, b) => compareStrings(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
}
function nameFromBinding(binding, prefix) {
  const stripped = prefix && binding.startsWith(prefix) && binding.length > prefix.length ? binding.slice(prefix.length) : binding;
  const words = identifierWords(stripped.replace(/^-+/, ""));
  while (words.length > 0 && PORT_WORDS.has(words[words.length - 1])) words.pop();
  const last = words[words.length - 1];
  if (last !== void 0 && /^[a-z][a-z0-9]+ports?$/.test(last) && !/(?:im|re|sup|trans|ex|view|air|pass)ports?$/.test(last)) words[words.length - 1] = last.replace(/ports?$/, "");
  return words.filter((w) => w !== "port" && w !== "ports").join("_");
}
function repositoryPrefix(variables) {
  const prefixed = [...new Set(variables)].filter((v) => /^[^_]+_[^_]+_/.test(v));
  const counts = /* @__PURE__ */ new Map();
  for (const v of prefixed) counts.set(v.slice(0, v.indexOf("_") + 1), (counts.get(v.slice(0, v.indexOf("_") + 1)) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0];
  return best && best[1] >= 3 && best[1] * 2 > prefixed.length ? best[0] : "";
}
function isPortVariableOccurrence(o) {
  const v = envBinding(o);
  return v !== void 0 && isEnvVariableName(v) && !isContainerSetting(o) ? v : void 0;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function mostUsedPort(uses) {
  const byPort = /* @__PURE__ */ new Map();
  for (const o of sortUses(uses)) push(byPort, o.port, o);
  const ranked = [...byPort].sort((a, b) => b[1].length - a[1].length);
  const others = new Map(ranked.slice(1));
  return { port: ranked[0][0], others };
}
function related(a, b) {
  if (a === b) return true;
  const wa = a.split("_");
  const wb = b.split("_");
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
}
function proposeRegistry(all, options = {}) {
  const dirs = (options.scannedDirs ?? []).filter((d) => d !== "" && d !== ".").map((d) => `${d.replace(/\/+$/, "")}/`);
  const local = (file) => {
    const dir = dirs.find((d) => file.startsWith(d));
    return dir === void 0 ? file : file.slice(dir.length);
  };
  const isTestPath2 = (file) => isTestPath(local(file));
  const occurrences = all.filter((o) => !o.comment && o.port !== null && (o.portEnd === void 0 || o.portEnd === o.port));
  const seen = [];
  const sharers = /* @__PURE__ */ new Map();
  const reject = (port, reason, uses) => {
    seen.push({ port, reason, from: sortUses(uses).slice(0, 3).map(where) });
  };
  const references = /* @__PURE__ */ new Map();
  const readers = /* @__PURE__ */ new Map();
  const publishedVariables = /* @__PURE__ */ new Set();
  for (const o of all) {
    const v = envBinding(o);
    if (o.comment || v === void 0 || isTestPath2(o.file)) continue;
    references.set(v, (references.get(v) ?? 0) + 1);
    if (o.service !== void 0 && !isContainerSetting(o)) readers.set(v, (readers.get(v) ?? /* @__PURE__ */ new Set()).add(o.service));
    if (o.kind === "publish-host") publishedVariables.add(v);
  }
  const composePorts = /* @__PURE__ */ new Map();
  for (const o of occurrences) {
    if (o.kind !== "publish-host" || o.service === void 0 || isTestPath2(o.file)) continue;
    composePorts.set(o.service, (composePorts.get(o.service) ?? /* @__PURE__ */ new Set()).add(o.port));
  }
  const identityOf = (uses) => uses.some((o) => o.kind === "publish-host" && (o.target === void 0 || o.target === o.port));
  const composeAltNames = (service, uses) => {
    const target = sortUses(uses).find((o) => o.kind === "publish-host" && o.target !== void 0)?.target;
    const protocol = target === 80 ? "http" : target === 443 ? "https" : void 0;
    return protocol ? [`${normalizeServiceName(service)}_${protocol}`] : [];
  };
  const prefix = repositoryPrefix(occurrences.filter((o) => !isTestPath2(o.file)).map(isPortVariableOccurrence).filter((v) => v !== void 0));
  const candidates = [];
  const noted = /* @__PURE__ */ new Set();
  const byVariable = /* @__PURE__ */ new Map();
  for (const o of occurrences) {
    const v = isPortVariableOccurrence(o);
    if (v !== void 0 && !reachesForeignHost(o)) push(byVariable, v, o);
  }
  const variableUses = /* @__PURE__ */ new Set();
  for (const [variable, uses] of [...byVariable].sort((a, b) => compareStrings(a[0], b[0]))) {
    uses.forEach((o) => variableUses.add(o));
    const real = uses.filter((o) => !isTestPath2(o.file));
    if (real.length === 0) {
      reject(mostUsedPort(uses).port, `${variable} is set only in tests`, uses);
      continue;
    }
    const { port, others } = mostUsedPort(real);
    const chosen = real.filter((o) => o.port === port);
    const composeServices = [...new Set(chosen.filter((o) => o.service !== void 0 && o.kind === "publish-host").map((o) => o.service))].sort(compareStrings);
    let name = nameFromBinding(variable, prefix);
    const bare = name;
    let nameFromVariable = true;
    if (isPlaceholderName(name) || name === "") {
      let services2 = [...new Set(chosen.map((o) => o.service).filter((s) => s !== void 0))];
      if (services2.length === 0 && readers.get(variable)?.size === 1) services2 = [...readers.get(variable)];
      if (services2.length !== 1) {
        reject(port, `${variable} names no service${services2.length > 1 ? ` (it is set for ${services2.length} compose services)` : ""}`, chosen);
        continue;
      }
      name = normalizeServiceName(services2[0]);
      nameFromVariable = false;
    }
    others.forEach((_, p) => noted.add(p));
    const notes = [...others].map(([p, os]) => `${variable} is also ${p} at ${sortUses(os).slice(0, 2).map(where).join(", ")}`);
    candidates.push({
      port,
      name,
      // web's second port, HTTPS_PORT: `web_https` when `web` is taken.
      altNames: [...!nameFromVariable && bare !== "" ? [`${name}_${bare}`] : [], variable.toLowerCase().replace(/_ports?$/, ""), ...composeServices.map(normalizeServiceName)],
      variable,
      ...composeServices[0] !== void 0 && { composeService: composeServices[0] },
      strength: composeServices.length > 0 || publishedVariables.has(variable) ? 4 : 2,
      uses: chosen,
      notes,
      nameFromVariable,
      references: references.get(variable) ?? real.length,
      identity: identityOf(chosen),
      composePorts: composeServices[0] !== void 0 ? composePorts.get(composeServices[0])?.size ?? 1 : 1,
      readByCode: real.some((o) => CODE_LANGUAGES.has(o.language))
    });
  }
  const byNamedPort = /* @__PURE__ */ new Map();
  const composeNames = /* @__PURE__ */ new Map();
  for (const o of occurrences) if (o.service !== void 0 && !isTestPath2(o.file) && !composeNames.has(normalizeServiceName(o.service))) composeNames.set(normalizeServiceName(o.service), o.service);
  for (const o of occurrences) {
    if (variableUses.has(o) || o.kind === "publish-container" || isContainerSetting(o)) continue;
    let name;
    let strength = 0;
    let composeService;
    if (isClientSide(o)) {
      const label = o.host === void 0 || !/^[A-Za-z][\w-]*$/.test(o.host) || isLocalHost(o.host) || isTestPath2(o.file) ? void 0 : o.host;
      const host = label === void 0 ? void 0 : composeNames.get(normalizeServiceName(label)) ?? (o.language === "compose" ? label : void 0);
      if (host === void 0 || composePorts.has(host)) continue;
      name = normalizeServiceName(host);
      composeService = host;
      strength = 1;
    } else if (o.kind === "publish-host" && o.service !== void 0) {
      name = normalizeServiceName(o.service);
      composeService = o.service;
      strength = 4;
    } else if (["listen", "cli-flag", "expose", "argument"].includes(o.kind)) {
      const own = o.name !== void 0 && o.kind === "cli-flag" ? nameFromBinding(o.name, prefix) : "";
      const image = o.language === "dockerfile" ? dockerfileImageName(local(o.file)) : void 0;
      name = own && !isPlaceholderName(own) ? own : o.service !== void 0 ? normalizeServiceName(o.service) : image ? normalizeServiceName(image) : void 0;
      strength = o.service !== void 0 || o.language === "dockerfile" ? 2 : 3;
    } else if (["constant", "property", "parameter-default", "env-assign"].includes(o.kind) && o.name !== void 0) {
      name = o.service !== void 0 ? normalizeServiceName(o.service) : nameFromBinding(o.name, prefix);
      if (o.service !== void 0) composeService = o.service;
      strength = 1;
    }
    if (strength === 0) continue;
    const key = `${name ?? ""}\0${o.port}`;
    const entry = byNamedPort.get(key) ?? { name: name ?? "", port: o.port, strength, uses: [], ...composeService !== void 0 && { composeService } };
    entry.strength = Math.max(entry.strength, strength);
    if (composeService !== void 0 && (entry.composeService === void 0 || compareStrings(composeService, entry.composeService) < 0)) entry.composeService = composeService;
    entry.uses.push(o);
    byNamedPort.set(key, entry);
  }
  for (const e of [...byNamedPort.values()].sort((a, b) => a.port - b.port || compareStrings(a.name, b.name))) {
    const real = e.uses.filter((o) => !isTestPath2(o.file));
    if (real.length === 0) {
      reject(e.port, "only in tests", e.uses);
      continue;
    }
    if (WELL_KNOWN_PORTS.has(e.port) && e.strength < 4) {
      const bound = real.filter((o) => ["listen", "cli-flag", "argument"].includes(o.kind));
      reject(
        e.port,
        bound.length > 0 ? `the well-known ${WELL_KNOWN_PORTS.get(e.port)} port, bound here: register it by hand if this repository runs that server` : `the well-known ${WELL_KNOWN_PORTS.get(e.port)} port, a default of a protocol the code speaks`,
        real
      );
      continue;
    }
    if (e.name.split("_").some((w) => w === "range" || w === "ranges")) {
      reject(e.port, `an end of the port range ${e.name}: declare it as a category or reserve it by hand`, real);
      continue;
    }
    if (e.name === "" || isPlaceholderName(e.name) && !(e.composeService !== void 0 && normalizeServiceName(e.composeService) === e.name && isComposeName(e.name))) {
      reject(e.port, "no name for it in the code", real);
      continue;
    }
    candidates.push({
      port: e.port,
      name: e.name,
      altNames: [],
      ...e.composeService !== void 0 && { composeService: e.composeService },
      strength: e.strength,
      uses: real,
      notes: [],
      nameFromVariable: false,
      references: real.length,
      identity: identityOf(real),
      composePorts: e.composeService !== void 0 ? composePorts.get(e.composeService)?.size ?? 1 : 1
    });
    if (e.composeService !== void 0) candidates[candidates.length - 1].altNames.push(...composeAltNames(e.composeService, real));
  }
  const reserved = /* @__PURE__ */ new Map();
  const services = [];
  for (const c of candidates) {
    const protocol = WELL_KNOWN_PORTS.get(c.port);
    if (protocol === void 0) {
      services.push(c);
      continue;
    }
    if (c.composeService === void 0 || c.strength < 4) {
      reject(c.port, `the well-known ${protocol} port, of a server the code is a client of${c.variable ? ` (${c.variable})` : ""}`, c.uses);
      continue;
    }
    const r = reserved.get(c.port) ?? { port: c.port, service: "", note: "", from: [] };
    const owners = [.../* @__PURE__ */ new Set([...r.service.replace(/^.*\(|\)$/g, "").split(", ").filter(Boolean), c.composeService])].sort(compareStrings);
    r.service = `${protocol} (${owners.join(", ")})`;
    r.from.push(...sortUses(c.uses).slice(0, 2).map(whereWhat));
    r.note = `the well-known ${protocol} port, published by compose service${owners.length > 1 ? "s" : ""} ${owners.join(", ")}`;
    reserved.set(c.port, r);
  }
  const byPort = /* @__PURE__ */ new Map();
  for (const c of services) push(byPort, c.port, c);
  const rank = (a, b) => b.strength - a.strength || Number(b.identity) - Number(a.identity) || a.composePorts - b.composePorts || // API_PORT that the settings read beats APP_PORT that only a Dockerfile's ENV sets (mealie).
  Number(Boolean(b.readByCode)) - Number(Boolean(a.readByCode)) || Number(Boolean(b.variable && prefix && b.variable.startsWith(prefix))) - Number(Boolean(a.variable && prefix && a.variable.startsWith(prefix))) || b.references - a.references || b.uses.length - a.uses.length || compareStrings(a.name, b.name);
  const winners = [];
  for (const [port, group] of [...byPort].sort((a, b) => a[0] - b[0])) {
    const [winner, ...rest2] = group.sort(rank);
    for (const c of rest2) {
      const sameService = related(c.name, winner.name) || c.composeService !== void 0 && c.composeService === winner.composeService;
      if (!sameService) {
        const sharer = sharers.get(port) ?? { names: /* @__PURE__ */ new Set(), winner: winner.variable ?? (winner.composeService ? `compose service ${winner.composeService}` : winner.name) };
        sharer.names.add(c.variable ?? (c.composeService ? `compose service ${c.composeService}` : c.name));
        sharers.set(port, sharer);
        seen.push({ port, reason: "", from: sortUses(c.uses).slice(0, 3).map(where) });
        continue;
      }
      if (c.variable !== void 0 && winner.variable === void 0) {
        winner.variable = c.variable;
        if (c.nameFromVariable) {
          winner.altNames.unshift(winner.name);
          winner.name = c.name;
        }
      } else if (c.variable !== void 0 && c.variable !== winner.variable) {
        winner.notes.push(`${c.variable} carries the same port: ${sortUses(c.uses).slice(0, 2).map(where).join(", ")}`);
      }
      winner.uses.push(...c.uses);
      winner.notes.push(...c.notes);
    }
    winners.push(winner);
  }
  for (const s of seen) {
    const sharer = sharers.get(s.port);
    if (s.reason === "" && sharer) s.reason = `also the port of ${listWords([...sharer.names].sort(compareStrings))}; ports.yaml gives a port one service, and it went to ${sharer.winner}`;
  }
  const names = /* @__PURE__ */ new Set();
  const envVars = /* @__PURE__ */ new Set();
  const proposed = [];
  for (const c of winners.sort((a, b) => rank(a, b) || a.port - b.port)) {
    const name = [c.name, ...c.altNames].find(
      (n) => n && !names.has(n) && (!isPlaceholderName(n) || c.composeService !== void 0 && n === normalizeServiceName(c.composeService) && isComposeName(n))
    );
    if (name === void 0) {
      const why = c.composeService !== void 0 ? `another port of compose service ${c.composeService}` : `its name ${c.name} is another port's`;
      reject(c.port, `${why}: give it a name of its own`, c.uses);
      continue;
    }
    names.add(name);
    let envVar = c.variable ?? null;
    if (envVar !== null && envVars.has(envVar)) envVar = null;
    const hostSide = c.uses.some((o) => !isContainerSide(o));
    if (envVar !== null) envVars.add(envVar);
    const uses = sortUses(c.uses);
    proposed.push({
      name,
      default: c.port,
      envVar,
      containerOnly: !hostSide,
      description: c.composeService !== void 0 ? `compose service ${c.composeService}` : c.variable !== void 0 ? readers.has(c.variable) ? `${c.variable}, read by compose service${readers.get(c.variable).size > 1 ? "s" : ""} ${listWords([...readers.get(c.variable)].sort(compareStrings))}` : `read from ${c.variable}` : `${describeOccurrence(uses[0])} in ${uses[0].file}`,
      from: uses.slice(0, 3).map(whereWhat).concat(uses.length > 3 ? [`and ${uses.length - 3} more`] : []),
      notes: [...new Set(c.notes)].sort(compareStrings)
    });
  }
  const accounted = /* @__PURE__ */ new Set([...proposed.map((s) => s.default), ...reserved.keys(), ...seen.map((s) => s.port), ...noted]);
  const rest = /* @__PURE__ */ new Map();
  for (const o of occurrences) if (!accounted.has(o.port)) push(rest, o.port, o);
  let reachedOnly = 0;
  for (const [port, uses] of rest) {
    if (uses.every(reachesForeignHost)) {
      const hosts = [...new Set(uses.map((o) => o.host))].sort(compareStrings);
      reject(port, `only on ${hosts.length === 1 ? "a host" : "hosts"} of other systems (${listWords(hosts.slice(0, 3))}${hosts.length > 3 ? ", \u2026" : ""})`, uses);
    } else reachedOnly++;
  }
  const seenSorted = dedupeSeen(seen.filter((s) => !proposed.some((p) => p.default === s.port) && !reserved.has(s.port) || s.reason.startsWith("also the port of")));
  return {
    prefix,
    services: proposed.sort((a, b) => a.default - b.default || compareStrings(a.name, b.name)),
    reserved: [...reserved.values()].sort((a, b) => a.port - b.port),
    seen: seenSorted,
    reachedOnly
  };
}
function dedupeSeen(seen) {
  const byPort = /* @__PURE__ */ new Map();
  for (const s of seen) {
    const e = byPort.get(s.port) ?? { reasons: /* @__PURE__ */ new Set(), from: /* @__PURE__ */ new Set() };
    e.reasons.add(s.reason);
    s.from.forEach((f) => e.from.add(f));
    byPort.set(s.port, e);
  }
  return [...byPort].sort((a, b) => a[0] - b[0]).map(([port, e]) => ({ port, reason: [...e.reasons].sort(compareStrings).join("; "), from: [...e.from].sort(compareStrings).slice(0, 3) }));
}
function isComposeName(name) {
  return name.length >= 3 && /^[a-z][a-z0-9_]*$/.test(name) && !/(^|_)\d+$/.test(name) && !["the", "port", "ports", "value", "default", "range", "ranges"].includes(name);
}
function listWords(words) {
  return words.length <= 1 ? words[0] ?? "" : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function yamlString(s) {
  return JSON.stringify(s);
}
function renderProposal(p, filesScanned) {
  const lines = [
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/port-lint/port-lint/main/config/ports.schema.json",
    `# ports.yaml proposed by \`port-lint init\` from ${filesScanned} scanned files.`,
    '# Names come from compose services and the variables the code already reads; "from:" says where.',
    "# Review it: rename, add ranges and categories, then run `port-lint` to see what still disagrees."
  ];
  lines.push("", p.services.length === 0 ? "ports: {}" : "ports:");
  for (const s of p.services) {
    for (const f of s.from) lines.push(`  # from: ${f}`);
    for (const n of s.notes) lines.push(`  # note: ${n}`);
    lines.push(`  ${s.name}:`, `    default: ${s.default}`);
    const why = s.envVar !== null ? "" : s.containerOnly ? " # a port inside its container: nothing on the host sets it" : " # the code reads no variable for it: name one if it should move, else mark it immutable: true";
    lines.push(`    env_var: ${s.envVar ?? "null"}${why}`);
    lines.push(`    description: ${yamlString(s.description)}`);
  }
  if (p.reserved.length > 0) {
    lines.push("", "# Well-known ports of protocols: owned by the protocol, not by a service of this repository.", "reserved:");
    for (const r of p.reserved) {
      for (const f of r.from) lines.push(`  # from: ${f}`);
      lines.push(`  - port: ${r.port}`, `    service: ${yamlString(r.service)}`, `    note: ${yamlString(r.note)}`);
    }
  }
  if (p.seen.length > 0 || p.reachedOnly > 0) {
    lines.push("", "# Seen but not registered: register one by hand (with a name of your choosing) if it is yours.");
    for (const s of p.seen) lines.push(`#   ${s.port}: ${s.reason} \u2014 ${s.from.join(", ")}`);
    if (p.reachedOnly > 0) {
      lines.push(`#   and ${p.reachedOnly} ${p.reachedOnly === 1 ? "port" : "ports"} only reached in URLs and addresses on local or service hosts: \`port-lint audit\` lists them.`);
    }
  }
  return `${lines.join("\n")}
`;
}

// src/inventory.ts
function buildInventory(occurrences, registry) {
  const byPort = /* @__PURE__ */ new Map();
  const attributor = registry ? new Attributor(registry, occurrences) : void 0;
  for (const o of occurrences) {
    if (o.comment || o.port === null) continue;
    if ((o.kind === "url" || o.kind === "address") && isExternalHost(o.host)) continue;
    let e = byPort.get(o.port);
    if (!e) {
      e = { port: o.port, uses: [], variables: [], publishedBy: [] };
      const service = registry?.serviceForPort(o.port);
      if (service) e.registered = service.name;
      const reserved = registry?.reservedFor(o.port);
      if (reserved) e.reserved = reserved.service;
      byPort.set(o.port, e);
    }
    const use = { file: o.file, line: o.range.start.line, column: o.range.start.column, kind: o.kind };
    if (o.name !== void 0) use.name = o.name;
    if (o.variable !== void 0) use.variable = o.variable;
    if (o.service !== void 0) use.service = o.service;
    if (o.host !== void 0) use.host = o.host;
    if (attributor && e.registered !== void 0) {
      const a = attributor.attribute(o);
      if (a.service) use.attributed = { service: a.service.name, evidence: formatEvidence(a.evidence) };
      else use.unattributed = a.why;
    }
    e.uses.push(use);
    const variable = o.variable ?? (o.kind === "env-assign" ? o.name : void 0);
    if (variable && !e.variables.includes(variable)) e.variables.push(variable);
    if (o.kind === "publish-host" && o.service && !e.publishedBy.includes(o.service)) e.publishedBy.push(o.service);
  }
  const entries = [...byPort.values()].sort((a, b) => a.port - b.port);
  for (const e of entries) {
    e.uses.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
    e.variables.sort();
    e.publishedBy.sort();
  }
  return entries;
}

// src/commands/shared.ts
import { closeSync as closeSync3, existsSync as existsSync4, lstatSync as lstatSync2, openSync as openSync3, statSync as statSync2, writeFileSync } from "node:fs";
import path6 from "node:path";
function scanRoot(cwd, paths = []) {
  const targets = (paths.length > 0 ? paths : ["."]).map((p) => path6.resolve(cwd, p));
  const roots = targets.map((t) => {
    const dir = existsSync4(t) && (lstatSync2(t).isSymbolicLink() || !statSync2(t).isDirectory()) ? path6.dirname(t) : t;
    return findRepoRoot(dir) ?? dir;
  });
  return roots.reduce((a, b) => commonAncestor(a, b));
}
function commonAncestor(a, b) {
  const pa = a.split(path6.sep);
  const pb = b.split(path6.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path6.sep) || path6.sep;
}
function openRegistry(io, configOption, root) {
  const file = configOption ? path6.resolve(io.cwd, configOption) : findConfig(io.cwd);
  if (!file) {
    throw new UsageError(
      `no ports.yaml found: looked for ${CONFIG_NAMES.join(", ")} in ${io.cwd} and its parents up to ${root}; run \`port-lint audit\` to see the ports the code uses and \`port-lint init\` to propose a ports.yaml from them, or pass --config FILE`
    );
  }
  const display = toPosix(path6.relative(io.cwd, file)) || path6.basename(file);
  return loadRegistry(file, { displayPath: display, root });
}
function collectRule(value, previous = {}) {
  const eq = value.indexOf("=");
  if (eq <= 0) throw new InvalidArgumentError(`expected id=off|warn|error, got "${value}"`);
  const id = value.slice(0, eq).trim();
  const spec = value.slice(eq + 1).trim();
  let severity = spec;
  let options;
  if (spec.startsWith("[")) {
    try {
      [severity, options] = JSON.parse(spec);
    } catch {
      throw new InvalidArgumentError(`"${spec}" is not valid JSON; write id='["warn", {"option": 1}]'`);
    }
  }
  if (!["off", "warn", "warning", "error", 0, 1, 2, "0", "1", "2"].includes(severity)) {
    throw new InvalidArgumentError(`severity of ${id} must be off, warn or error, got "${String(severity)}"`);
  }
  const sev = typeof severity === "string" && /^\d$/.test(severity) ? Number(severity) : severity;
  const setting = { severity: normalizeSeverity(sev) };
  if (options !== void 0) {
    if (typeof options !== "object" || options === null || Array.isArray(options))
      throw new InvalidArgumentError(`options of ${id} must be a JSON object`);
    setting.options = options;
  }
  return { ...previous, [id]: setting };
}
function parseCount(value) {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return Number(value);
}
function parsePositive(value) {
  const n = parseCount(value);
  if (n < 1) throw new InvalidArgumentError(`expected a number of 1 or more, got "${value}"`);
  return n;
}
function useColor(io, flag, toFile) {
  if (flag !== void 0) return flag;
  if (toFile) return false;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return io.stdoutIsTTY;
}
function emit(io, text2, output, root, flag = "--output") {
  const pieces = typeof text2 === "string" ? [text2] : text2;
  if (output === void 0) {
    for (const piece of pieces) io.stdout(piece);
    return;
  }
  const file = path6.resolve(io.cwd, output);
  try {
    if (isStream(file)) {
      const fd = openSync3(file, "w");
      try {
        for (const piece of pieces) writeFileSync(fd, piece);
      } finally {
        closeSync3(fd);
      }
      return;
    }
    safeWriteFile(file, pieces, { root: writeRootFor(file, root ?? findRepoRoot(io.cwd) ?? io.cwd) });
  } catch (err) {
    const why = err instanceof WriteError ? err.detail : err.code ?? String(err);
    throw new UsageError(`${flag}: cannot write ${output}: ${why}`);
  }
}
function isStream(file) {
  if (/^\/(?:dev|proc)\//.test(file)) return true;
  try {
    const st = statSync2(file);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

// src/commands/audit.ts
function emptyRegistry(root) {
  return parseRegistry("ports: {}\n", { displayPath: "ports.yaml", absolutePath: path7.join(root, "ports.yaml"), root });
}
async function inventory(io, paths, options, useRegistry) {
  const root = scanRoot(io.cwd, paths);
  const registry = useRegistry && (options.config || findConfig(io.cwd)) ? openRegistry(io, options.config, root) : emptyRegistry(root);
  const extracted = await extractAll({
    cwd: io.cwd,
    root,
    registry,
    paths,
    ...options.jobs !== void 0 && { jobs: options.jobs },
    ...options.includeGenerated && { includeGenerated: true }
  });
  return { root, registry, extracted, entries: buildInventory(extracted.occurrences, useRegistry ? registry : void 0) };
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function cell(s) {
  return s.replace(/\|/g, "\\|");
}
function auditMarkdown(entries, files) {
  const places = entries.reduce((n, e) => n + e.uses.length, 0);
  const out = ["# Port audit", "", `${entries.length} ports in ${places} places, in ${files} scanned files.`, ""];
  out.push("| port | registry | uses | variables | where |", "| ---: | --- | ---: | --- | --- |");
  for (const e of entries) {
    const reg = [e.registered, e.reserved && `reserved: ${e.reserved}`].filter(Boolean).join("; ") || "\u2014";
    const where2 = e.uses.slice(0, 8).map((u) => `\`${u.file}:${u.line}\` ${u.kind}${u.service ? ` (${u.service})` : ""}${u.unattributed ? ` \u2014 not ${e.registered}'s: ${u.unattributed}` : ""}`).join("<br>");
    const more = e.uses.length > 8 ? `<br>\u2026 ${e.uses.length - 8} more` : "";
    out.push(`| ${e.port} | ${cell(reg)} | ${e.uses.length} | ${cell(e.variables.join(", "))} | ${cell(where2 + more)} |`);
  }
  const clashes = entries.filter((e) => e.publishedBy.length > 1 || e.variables.length > 1 || e.reserved && e.uses.some((u) => u.kind === "publish-host" || u.kind === "listen"));
  if (clashes.length > 0) {
    out.push("", "## Possible conflicts", "");
    for (const e of clashes) {
      if (e.publishedBy.length > 1) out.push(`- ${e.port}: published on the host by compose services ${e.publishedBy.join(", ")}`);
      if (e.variables.length > 1) out.push(`- ${e.port}: the value of several variables: ${e.variables.join(", ")}`);
      if (e.reserved && e.uses.some((u) => u.kind === "publish-host" || u.kind === "listen")) out.push(`- ${e.port}: reserved for ${e.reserved}, and bound here`);
    }
  }
  return `${out.join("\n")}
`;
}
function registerAudit(program2, io, state) {
  program2.command("audit").description("the port inventory: every port of the repository, where it is used, and what ports.yaml says of it").argument("[paths...]", "files and directories to scan (default: the current directory)").option("-c, --config <file>", "ports.yaml to compare with (default: discovered; none is fine)").addOption(new Option("-f, --format <name>", "output format").choices(["markdown", "json"]).default("markdown")).option("-o, --output <file>", "write the report to a file instead of stdout").option("-j, --jobs <n>", "worker threads for extraction", parsePositive).option("--include-generated", "also read generated, minified and vendored files, which are skipped by default").action(async (paths, options) => {
    const { entries, extracted } = await inventory(io, paths, options, true);
    const text2 = options.format === "json" ? `${JSON.stringify({ schemaVersion: 1, filesScanned: extracted.filesScanned, ports: entries, notices: extracted.notices }, null, 2)}
` : auditMarkdown(entries, extracted.filesScanned);
    emit(io, text2, options.output);
    state.exitCode = 0;
  });
  program2.command("init").description("propose a ports.yaml from the ports the repository uses (review it before committing)").argument("[paths...]", "files and directories to scan (default: the current directory)").option("-o, --output <file>", "write the proposal to this file (never over an existing one without --force)").option("--force", "overwrite the -o file if it exists").option("-j, --jobs <n>", "worker threads for extraction", parsePositive).option("--include-generated", "also read generated, minified and vendored files, which are skipped by default").action(async (paths, options) => {
    if (options.output && existsSync5(path7.resolve(io.cwd, options.output)) && !options.force) {
      throw new UsageError(`init: ${options.output} exists; pass --force to overwrite it`);
    }
    const { extracted, root } = await inventory(io, paths, options, false);
    const scannedDirs = paths.map((p) => path7.resolve(io.cwd, p)).filter((p) => existsSync5(p) && statSync3(p).isDirectory()).map((p) => path7.relative(root, p).split(path7.sep).join("/"));
    const proposal = proposeRegistry(extracted.occurrences, { scannedDirs });
    const text2 = renderProposal(proposal, extracted.filesScanned);
    emit(io, text2, options.output);
    if (options.output) io.stderr(`port-lint: wrote ${options.output} with ${count(proposal.services.length, "service")}, ${count(proposal.reserved.length, "reserved port")} and ${count(proposal.seen.length, "port")} seen but not registered
`);
    state.exitCode = 0;
  });
}

// src/commands/check.ts
function registerCheck(program2, io, state) {
  program2.command("check").description("show what listens on every registered and reserved port (TCP and UDP, IPv4 and IPv6), with PID and process").option("--env <name>", "an environment of ports.yaml (default: PORT_LINT_ENV)").option("-c, --config <file>", "ports.yaml to use (default: found from the working directory)").addOption(new Option("-f, --format <name>", "output format").choices(["stylish", "json"]).default("stylish")).option("-o, --output <file>", "write the report to a file instead of stdout").option("--color", "force coloured output").option("--no-color", "disable coloured output (also: NO_COLOR=1)").action(async (options) => {
    const registry = withEnvironment(openRegistry(io, options.config, scanRoot(io.cwd)), chooseEnvironment(options.env, io.env));
    let report;
    try {
      report = await runCheck(registry, systemProbe(), io.env);
    } catch (err) {
      if (err instanceof PortError) throw new UsageError(err.message);
      throw err;
    }
    const text2 = options.format === "json" ? formatCheckJson(report) : formatCheckStylish(report, useColor(io, options.color, options.output !== void 0));
    emit(io, text2, options.output);
    state.exitCode = report.exitCode;
  });
}

// src/commands/generate.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path8 from "node:path";
function registerGenerate(program2, io, state) {
  program2.command("generate").description("write a file derived from ports.yaml: shell, env, markdown, python, typescript or json").addArgument(new Argument("<format>", "what to generate").choices(Object.keys(GENERATORS))).option("--env <name>", "an environment of ports.yaml (default: PORT_LINT_ENV)").option("-c, --config <file>", "ports.yaml to use (default: found from the working directory)").option("-o, --output <file>", "write to this file instead of stdout").option("--check", "write nothing; exit 1 when the -o file differs from what would be generated (for CI)").action((format, options) => {
    const root = scanRoot(io.cwd);
    const registry = openRegistry(io, options.config, root);
    const choice = chooseEnvironment(options.env, io.env);
    if (choice) applyEnvironment(registry, choice.name, choice.origin);
    refuseContradictions(registry);
    const output = options.output === void 0 ? void 0 : path8.resolve(io.cwd, options.output);
    const command = generateCommand({
      format,
      config: registry.path,
      root,
      ...output !== void 0 && { output },
      ...choice && { environment: choice.name }
    });
    const text2 = GENERATORS[format]({
      registry,
      ...choice && { environment: choice.name },
      header: { source: registry.file, command, ...choice && { environment: choice.name } }
    });
    if (!options.check) {
      emit(io, text2, options.output);
      state.exitCode = EXIT_OK;
      return;
    }
    if (output === void 0) throw new UsageError("generate --check needs -o FILE: the committed file to compare with");
    const shown = toPosix(path8.relative(io.cwd, output)) || path8.basename(output);
    let committed;
    try {
      committed = readFileSync3(output, "utf8");
    } catch (err) {
      const code2 = err.code;
      if (code2 !== "ENOENT") throw new UsageError(`generate --check: cannot read ${shown}: ${code2 ?? String(err)}`);
      io.stderr(`port-lint: ${shown} does not exist; create it with: ${command}
`);
      state.exitCode = EXIT_FINDINGS;
      return;
    }
    if (committed.replace(/\r\n/g, "\n") === text2) {
      io.stdout(`${shown} is up to date
`);
      state.exitCode = EXIT_OK;
      return;
    }
    io.stderr(`port-lint: ${shown} is stale (it differs from what ${registry.file} generates); refresh it with: ${command}
`);
    state.exitCode = EXIT_FINDINGS;
  });
}
function refuseContradictions(registry) {
  const severity = new Map(configureRules(RULES, registry).map((e) => [e.rule.id, e.severity]));
  const refuse2 = (service, at, detail, rule) => {
    const range = service.loc[at] ?? service.loc.key;
    throw new ConfigError(registry.file, range.start.line, range.start.column, `ports.${service.name}`, `${detail} (${rule}); generate refuses a registry that contradicts itself \u2014 fix it, then generate`);
  };
  if (severity.get("duplicate-port") === "error") {
    const byDefault = /* @__PURE__ */ new Map();
    for (const s of registry.services) {
      const first = byDefault.get(s.default);
      if (first !== void 0) refuse2(s, "default", `port ${s.default} is the default of both ${first} and ${s.name}`, "duplicate-port");
      byDefault.set(s.default, s.name);
    }
  }
  if (severity.get("env-var-collision") === "error") {
    const byVar = /* @__PURE__ */ new Map();
    for (const s of registry.services) {
      if (!s.envVar) continue;
      const first = byVar.get(s.envVar);
      if (first !== void 0) refuse2(s, "envVar", `${s.envVar} is the env var of both ${first} and ${s.name}`, "env-var-collision");
      byVar.set(s.envVar, s.name);
    }
  }
}

// src/commands/get.ts
function registerGet(program2, io, state) {
  program2.command("get").description("print a service's port: its env var when set (checked against the range), else its default").argument("<service>", "a service name of ports.yaml").option("--check", "check that nothing listens on the port; move within the range if conflict_detection.auto_resolve allows").option("--env <name>", "an environment of ports.yaml (default: PORT_LINT_ENV)").option("-c, --config <file>", "ports.yaml to use (default: found from the working directory)").action(async (service, options) => {
    const registry = withEnvironment(openRegistry(io, options.config, scanRoot(io.cwd)), chooseEnvironment(options.env, io.env));
    const manager = new PortManager(registry, { variables: io.env, warn: (m) => io.stderr(`port-lint: ${m}
`) });
    try {
      const port = await manager.getPort(service, { checkConflict: options.check === true });
      io.stdout(`${port}
`);
    } catch (err) {
      if (err instanceof PortError) throw new UsageError(err.message);
      throw err;
    }
    state.exitCode = EXIT_OK;
  });
}

// src/commands/lint.ts
import { existsSync as existsSync6 } from "node:fs";
import path11 from "node:path";

// src/git.ts
import { execFileSync } from "node:child_process";
function git(cwd, args) {
  try {
    return execFileSync("git", ["-c", "core.quotePath=false", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (err) {
    const e = err;
    const why = e.code === "ENOENT" ? "git is not installed" : (e.stderr ?? "").trim().split("\n")[0] || e.message;
    const sub = args.find((a) => !a.startsWith("-") && !a.includes("=")) ?? "";
    throw new UsageError(`--changed-since: git ${sub} failed: ${why} (port-lint needs git 2.28 or later)`);
  }
}
function tryGit(cwd, args) {
  try {
    return git(cwd, args);
  } catch {
    return void 0;
  }
}
function unknownRefAdvice(root, ref, shallow) {
  const refs = (tryGit(root, ["for-each-ref", "--format=%(refname:short)", "refs/heads", "refs/remotes", "refs/tags"]) ?? "").split("\n").filter((r) => r !== "" && !r.endsWith("/HEAD"));
  const remotes = (tryGit(root, ["remote"]) ?? "").split("\n").filter((r) => r !== "");
  const near = suggest(ref, refs);
  const parts = [];
  if (near) parts.push(`not a branch, tag or commit here${near}`);
  if (remotes.length > 0) {
    const remote = remotes.includes("origin") ? "origin" : remotes[0];
    parts.push(`if it is on ${remote}, fetch it first (git fetch ${remote} ${ref.replace(new RegExp(`^${remote}/`), "")})`);
    if (shallow) parts.push("and fetch full history in shallow clones (actions/checkout with fetch-depth: 0)");
  } else {
    const heads = refs.filter((r) => !r.includes("/")).slice(0, 5);
    parts.push(`this repository has no remote to fetch it from; name a local branch${heads.length > 0 ? ` (${heads.join(", ")})` : ""}, a tag or a commit`);
  }
  return parts.join("; ");
}
function mergeBase(root, ref) {
  if (ref.trim() === "") throw new UsageError("--changed-since: the ref is empty; name a branch, tag or commit (e.g. origin/main)");
  if (tryGit(root, ["rev-parse", "--git-dir"]) === void 0) {
    throw new UsageError(`--changed-since: ${root} is not inside a git repository`);
  }
  const shallow = tryGit(root, ["rev-parse", "--is-shallow-repository"])?.trim() === "true";
  if (tryGit(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]) === void 0) {
    throw new UsageError(`--changed-since: unknown revision "${ref}"; ${unknownRefAdvice(root, ref, shallow)}`);
  }
  const base = tryGit(root, ["merge-base", ref, "HEAD"])?.trim();
  if (!base) {
    if (shallow) {
      throw new UsageError(
        `--changed-since: the clone is too shallow to find the merge-base of ${ref} and HEAD; fetch full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)`
      );
    }
    throw new UsageError(`--changed-since: ${ref} and HEAD have no common ancestor`);
  }
  return base;
}
function changedFiles(root, base) {
  const files = /* @__PURE__ */ new Set();
  for (const f of git(root, ["diff", "--name-only", "-z", "--no-renames", base]).split("\0")) if (f) files.add(f);
  for (const f of git(root, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0")) if (f) files.add(f);
  return files;
}
function changedLines(root, base) {
  const out = /* @__PURE__ */ new Map();
  let current;
  const diff = git(root, [
    "-c",
    "diff.noprefix=false",
    "-c",
    "diff.mnemonicPrefix=false",
    "diff",
    "-U0",
    "--no-color",
    "--no-ext-diff",
    "-M",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--no-relative",
    base
  ]);
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const target = diffPath(line.slice(4));
      if (target === void 0) {
        current = void 0;
        continue;
      }
      current = /* @__PURE__ */ new Set();
      out.set(target, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count2 = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      for (let i = 0; i < count2; i++) current.add(start + i);
    }
  }
  for (const f of git(root, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0")) if (f) out.set(f, "all");
  return out;
}
function diffPath(raw) {
  let text2 = raw.replace(/\t$/, "");
  if (text2 === "/dev/null") return void 0;
  if (text2.startsWith('"') && text2.endsWith('"')) {
    const bytes = [];
    const body = text2.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c !== "\\") {
        bytes.push(...Buffer.from(c, "utf8"));
        continue;
      }
      const next = body[++i];
      const octal = /^[0-7]{3}/.exec(body.slice(i));
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        i += 2;
      } else {
        const map = { t: "	", n: "\n", r: "\r", '"': '"', "\\": "\\", a: "\x07", b: "\b", f: "\f", v: "\v" };
        bytes.push(...Buffer.from(map[next] ?? next, "utf8"));
      }
    }
    text2 = Buffer.from(bytes).toString("utf8");
  }
  return text2.replace(/^b\//, "");
}

// src/report/batch.ts
var WRITE_SIZE = 64 * 1024;
function* batched(pieces, size = WRITE_SIZE) {
  let pending = "";
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= size) {
      yield pending;
      pending = "";
    }
  }
  if (pending !== "") yield pending;
}

// src/report/fields.ts
var KNOWN = /* @__PURE__ */ new Set(["ruleId", "severity", "message", "file", "range", "port", "service", "fingerprint", "snippet", "fix", "evidence"]);
function extraFields(f) {
  let extra;
  for (const key of Object.keys(f)) {
    if (KNOWN.has(key)) continue;
    const value = f[key];
    if (value === void 0) continue;
    (extra ??= {})[key] = value;
  }
  return extra ?? NONE;
}
var NONE = Object.freeze({});
function countErrors(findings) {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return errors;
}

// src/report/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var github = function* (findings, ctx) {
  for (const f of findings) {
    const props = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.range.start.line}`,
      `col=${f.range.start.column}`,
      `endLine=${f.range.end.line}`,
      `endColumn=${f.range.end.column}`,
      `title=${escapeProperty(`port-lint (${f.ruleId})`)}`
    ].join(",");
    yield `::${f.severity === "error" ? "error" : "warning"} ${props}::${escapeData(f.message)}
`;
  }
  for (const n of ctx.notices) {
    if (n.level === "note") continue;
    const props = [...n.file ? [`file=${escapeProperty(n.file)}`] : [], `title=${escapeProperty("port-lint")}`].join(",");
    yield `::${n.level} ${props}::${escapeData(n.message)}
`;
  }
};

// src/report/stream-json.ts
function* streamArray(doc, key, indent, items) {
  const text2 = JSON.stringify(doc, null, 2);
  const marker = `
${" ".repeat(indent)}${JSON.stringify(key)}: []`;
  const at = text2.lastIndexOf(marker);
  if (at < 0) throw new Error(`streamArray: no empty array at "${key}" (${indent} spaces deep)`);
  const open = at + marker.length - 2;
  const pad = `
${" ".repeat(indent + 2)}`;
  let first = true;
  for (const item of items) {
    const body = JSON.stringify(item, null, 2).replace(/\n/g, pad);
    yield first ? `${text2.slice(0, open)}[${pad}${body}` : `,${pad}${body}`;
    first = false;
  }
  yield first ? text2 : `
${" ".repeat(indent)}${text2.slice(open + 1)}`;
}

// src/report/json.ts
var JSON_SCHEMA_VERSION = 1;
function result(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    ...f.port !== void 0 && { port: f.port },
    ...f.service !== void 0 && { service: f.service },
    ...f.evidence !== void 0 && { evidence: f.evidence },
    fingerprint: f.fingerprint,
    ...f.fix && { fix: f.fix },
    ...extraFields(f)
  };
}
var json = function* (findings, ctx) {
  const errors = countErrors(findings);
  const doc = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: "port-lint", version: ctx.version },
    results: [],
    notices: ctx.notices,
    summary: {
      errors,
      warnings: findings.length - errors,
      filesScanned: ctx.filesScanned,
      suppressed: ctx.suppressed ?? 0,
      baselined: ctx.baselined ?? 0
    }
  };
  yield* streamArray(doc, "results", 2, (function* () {
    for (const f of findings) yield result(f);
  })());
  yield "\n";
};

// src/report/markdown.ts
function text(s) {
  return s.replace(/\r?\n|\r/g, " ").replace(/[\\`*[\]|~]/g, (c) => `\\${c}`).replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function code(s) {
  const body = s.replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|");
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
var markdown = function* (findings, ctx) {
  const errors = countErrors(findings);
  const warnings = findings.length - errors;
  yield "## port-lint\n\n";
  if (findings.length === 0) {
    yield `No problems in ${ctx.filesScanned} scanned files.
`;
  } else {
    yield `**${errors}** error(s), **${warnings}** warning(s) in ${ctx.filesScanned} scanned files.

`;
    yield "| Severity | Location | Port | Message | Rule |\n| --- | --- | --- | --- | --- |\n";
    for (const f of findings) {
      const icon = f.severity === "error" ? "\u274C error" : "\u26A0\uFE0F warning";
      yield `| ${icon} | ${code(`${f.file}:${f.range.start.line}:${f.range.start.column}`)} | ${f.port ?? ""} | ${text(f.message)} | [${f.ruleId}](${ruleDocUrl(f.ruleId)}) |
`;
    }
  }
  if (ctx.notices.length > 0) {
    yield "\n<details><summary>Notices</summary>\n\n";
    for (const n of ctx.notices) yield `- ${n.file ? `${code(n.file)}: ` : ""}${text(n.message)}
`;
    yield "\n</details>\n";
  }
};

// src/report/sarif.ts
import path9 from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_MAX_RESULTS = 25e3;
var SEVERITY_RANK = { error: 0, warning: 1 };
var sarif = function* (findings, ctx) {
  const rules = ctx.rules.map(({ rule, severity, docs }) => {
    const markdown2 = docs || rule.meta.description;
    return {
      id: rule.id,
      name: pascal(rule.id),
      shortDescription: { text: rule.meta.description },
      fullDescription: { text: firstParagraph(markdown2) ?? rule.meta.description },
      help: { text: markdownToText(markdown2), markdown: markdown2 },
      helpUri: ruleDocUrl(rule.id),
      defaultConfiguration: severity === "off" ? { enabled: false, level: level(rule.meta.severity) } : { level: level(severity) },
      properties: { tags: rule.meta.tags, precision: rule.meta.precision }
    };
  });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  let kept = findings;
  const notifications = ctx.notices.map((n) => ({
    level: n.level,
    message: { text: n.message },
    ...n.file && {
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.file, ctx.root) } }]
    }
  }));
  if (findings.length > SARIF_MAX_RESULTS) {
    kept = findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i).slice(0, SARIF_MAX_RESULTS).sort((a, b) => a.i - b.i).map((x) => x.f);
    notifications.push({
      level: "warning",
      message: {
        text: `${findings.length - SARIF_MAX_RESULTS} of ${findings.length} results were dropped: GitHub code scanning accepts at most ${SARIF_MAX_RESULTS} per run; the most severe were kept`
      }
    });
  }
  const toResult = (f) => {
    const properties = {};
    if (f.port !== void 0) properties.port = f.port;
    if (f.service !== void 0) properties.service = f.service;
    if (f.evidence !== void 0) properties.evidence = f.evidence;
    Object.assign(properties, extraFields(f));
    const result2 = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
      level: level(f.severity),
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(f.file, ctx.root),
            region: {
              startLine: f.range.start.line,
              startColumn: f.range.start.column,
              endLine: f.range.end.line,
              endColumn: f.range.end.column
            },
            // The line the finding is on (normalized), which its fingerprint is made from.
            contextRegion: { startLine: f.range.start.line, endLine: f.range.start.line, snippet: { text: f.snippet } }
          }
        }
      ],
      partialFingerprints: { "portLint/v1": f.fingerprint }
    };
    if (Object.keys(properties).length > 0) result2.properties = properties;
    if (result2.ruleIndex === -1) delete result2.ruleIndex;
    return result2;
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "port-lint",
            semanticVersion: ctx.version,
            version: ctx.version,
            informationUri: HOMEPAGE,
            rules
          }
        },
        automationDetails: { id: `${ctx.sarifCategory.replace(/\/+$/, "")}/` },
        originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(ctx.root) } },
        columnKind: "utf16CodeUnits",
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: []
      }
    ]
  };
  yield* streamArray(log, "results", 6, (function* () {
    for (const f of kept) yield toResult(f);
  })());
  yield "\n";
};
function level(severity) {
  return severity;
}
function pascal(id) {
  return id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
}
function firstParagraph(markdown2) {
  const para = markdown2.split(/\n\s*\n/).map((p) => p.trim()).find((p) => p && !p.startsWith("#"));
  return para ? markdownToText(para) : void 0;
}
function encodeUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function artifactLocation(file, root) {
  if (file.startsWith("../")) return { uri: pathToFileURL(path9.resolve(root, file)).href };
  return { uri: encodeUri(file), uriBaseId: "%SRCROOT%" };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

// src/report/paths.ts
import path10 from "node:path";
function displayPath(file, root, cwd) {
  const rel = path10.relative(cwd, path10.join(root, file));
  return (rel === "" ? "." : rel).split(path10.sep).join("/");
}

// src/report/stylish.ts
var stylish = function* (findings, ctx) {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  for (const [file, list] of groups) {
    yield `${c.underline(visible(displayPath(file, ctx.root, ctx.cwd), Infinity))}
`;
    const pos = (f) => `${f.range.start.line}:${f.range.start.column}`;
    const msg = (f) => visible(f.message, Infinity);
    const posWidth = widest(list, (f) => pos(f));
    const sevWidth = widest(list, (f) => f.severity);
    const msgWidth = widest(list, (f) => msg(f));
    for (const f of list) {
      const sev = f.severity === "error" ? c.red(f.severity.padEnd(sevWidth)) : c.yellow(f.severity.padEnd(sevWidth));
      yield `${`  ${c.dim(pos(f).padStart(posWidth))}  ${sev}  ${msg(f).padEnd(msgWidth)}  ${c.dim(f.ruleId)}`.trimEnd()}
`;
    }
    yield "\n";
  }
  if (ctx.notices.length > 0) {
    let out = "";
    for (const n of ctx.notices) {
      const where2 = n.file ? `${visible(displayPath(n.file, ctx.root, ctx.cwd), Infinity)}: ` : "";
      out += `${c.dim(`${n.level === "note" ? "note" : n.level}: ${where2}${visible(n.message, Infinity)}`)}
`;
    }
    yield `${out}
`;
  }
  const errors = countErrors(findings);
  const warnings = findings.length - errors;
  const suppressed = (ctx.suppressed ? `, ${ctx.suppressed} suppressed` : "") + (ctx.baselined ? `, ${ctx.baselined} in the baseline` : "");
  const files = `${plural(ctx.filesScanned, "file")} scanned`;
  if (findings.length === 0) {
    yield `${c.green(`\u2714 no problems (${files}${suppressed})`)}
`;
  } else {
    const summary = `\u2716 ${plural(findings.length, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) \u2014 ${files}${suppressed}`;
    yield `${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}
`;
  }
};
function widest(items, text2) {
  let width = 0;
  for (const item of items) width = Math.max(width, text2(item).length);
  return width;
}

// src/report/types.ts
function whole(writer) {
  return (findings, context) => {
    let text2 = "";
    for (const piece of writer(findings, context)) text2 += piece;
    return text2;
  };
}

// src/report/index.ts
var WRITERS = { stylish, json, sarif, github, markdown };
var FORMATTERS = Object.fromEntries(
  Object.entries(WRITERS).map(([name, writer]) => [name, whole(writer)])
);

// src/commands/lint.ts
var DEFAULT_BASELINE = ".port-lint-baseline.json";
function registerLint(program2, io, state) {
  program2.argument("[paths...]", "files and directories to lint (default: the current directory)").option("-c, --config <file>", "ports.yaml to use (default: ports.yaml, config/ports.yaml or .ports.yaml, searched up to the repository root)").option("--env <name>", "lint with an environment of ports.yaml applied (default: PORT_LINT_ENV)").addOption(new Option("-f, --format <name>", "output format").choices(Object.keys(FORMATTERS)).default("stylish")).option("-o, --output <file>", "write the report to a file instead of stdout").option("--sarif-output <file>", "also write the findings as SARIF to this file, from the same scan (e.g. for code scanning, with -f github for the log)").option("--json-output <file>", "also write the findings as JSON to this file, from the same scan").option("--rule <id=severity>", `set a rule's severity (off, warn, error), or id='["warn", {options}]'; repeatable`, collectRule).option("--max-warnings <n>", "exit 1 when there are more than n warnings", parseCount).option("--quiet", "report errors only").option("--color", "force coloured output").option("--no-color", "disable coloured output (also: NO_COLOR=1)").option("--sarif-category <id>", "SARIF automationDetails.id category, to tell several uploads apart", "port-lint").option("--no-inline-config", "ignore port-lint-disable comments").addOption(
    new Option("--report-unused-suppressions <severity>", "severity of unused port-lint-disable comments").choices([
      "off",
      "warn",
      "error"
    ])
  ).option("--baseline <file>", "subtract the findings recorded in this baseline file").option("--update-baseline", `write the current findings to the baseline (--baseline FILE, default ${DEFAULT_BASELINE}) and exit 0`).option("--changed-since <ref>", "lint only files changed since the merge-base with <ref> (committed, staged, unstaged, untracked)").option("--changed-lines", "with --changed-since: report only findings on changed lines").option("--stdin", "lint text read from standard input (needs --stdin-filename)").option("--stdin-filename <path>", "the path of the --stdin text: decides its language and the reported path").option("--fix", "apply the fixes rules propose (read the registry instead of a hardcoded port, give a missing default, \u2026), then report what is left").option("--fix-dry-run", "print the changes --fix would make, as a diff, without writing anything").option("-j, --jobs <n>", `worker threads for extraction (default: up to the available cores, ${defaultJobs()} here, as many as the files to parse keep busy)`, parsePositive).option("--cache", "reuse extraction results of unchanged files (by content hash) from the cache file").option("--include-generated", "also read generated, minified and vendored files (lock files, *.min.js, dist/, vendor/, linguist-generated, \u2026), which are skipped by default").option("--cache-location <file>", `the cache file (default ${DEFAULT_CACHE_LOCATION} in the repository root); implies --cache`).action(async (paths, options) => {
    state.exitCode = await runLint(io, paths, options);
  });
}
async function runLint(io, paths, options) {
  if (options.changedLines && !options.changedSince) throw new UsageError("--changed-lines needs --changed-since <ref>");
  if (options.stdin && !options.stdinFilename) throw new UsageError("--stdin needs --stdin-filename <path> to know what kind of file it reads");
  if (options.stdinFilename && !options.stdin) throw new UsageError("--stdin-filename is only meaningful with --stdin");
  if (options.stdin && paths.length > 0) throw new UsageError("--stdin lints standard input; do not also pass paths");
  if ((options.fix || options.fixDryRun) && options.stdin) throw new UsageError("--fix and --fix-dry-run work on files, not on --stdin");
  if (options.fix && options.fixDryRun) throw new UsageError("use --fix or --fix-dry-run, not both");
  if (options.updateBaseline && options.changedSince) {
    throw new UsageError("--update-baseline needs the files scanned whole; drop --changed-since");
  }
  const root = scanRoot(io.cwd, options.stdin ? [] : paths);
  const registry = withEnvironment(openRegistry(io, options.config, root), chooseEnvironment(options.env, io.env));
  const settings = { ...options.rule ?? {} };
  if (options.reportUnusedSuppressions) {
    settings[UNUSED_SUPPRESSION] = { severity: normalizeSeverity(options.reportUnusedSuppressions) };
  }
  const rules = configureRules(RULES, registry, settings);
  const scanOptions = { cwd: io.cwd, root, registry, paths, rules, inlineConfig: options.inlineConfig };
  if (options.jobs !== void 0) scanOptions.jobs = options.jobs;
  if (options.includeGenerated) scanOptions.includeGenerated = true;
  if (options.config !== void 0) scanOptions.registryNamed = true;
  if (options.cache || options.cacheLocation) {
    scanOptions.cacheFile = options.cacheLocation ? path11.resolve(io.cwd, options.cacheLocation) : path11.join(root, DEFAULT_CACHE_LOCATION);
  }
  if (options.stdin) {
    const file = toPosix(path11.relative(root, path11.resolve(io.cwd, options.stdinFilename)));
    if (file.startsWith("../") || path11.isAbsolute(file)) {
      throw new UsageError(`--stdin-filename ${options.stdinFilename} is outside the repository root ${root}`);
    }
    const maxBytes = registry.lint.maxFileSize;
    const text2 = await io.readStdin(maxBytes);
    if (Buffer.byteLength(text2, "utf8") > maxBytes) {
      throw new UsageError(`--stdin: standard input is over the ${formatBytes(maxBytes)} limit (lint.max_file_size in ports.yaml); raise it to lint this text`);
    }
    scanOptions.stdin = { text: text2, file };
  }
  if (options.changedSince !== void 0) {
    const base = mergeBase(root, options.changedSince);
    scanOptions.onlyFiles = changedFiles(root, base);
    if (options.changedLines) scanOptions.changedLines = changedLines(root, base);
  }
  const baselineFile = options.baseline ?? (options.updateBaseline ? DEFAULT_BASELINE : void 0);
  const baselinePath = baselineFile === void 0 ? void 0 : path11.resolve(io.cwd, baselineFile);
  let baseline;
  let damaged;
  if (baselinePath) {
    try {
      baseline = readBaseline(baselinePath, baselineFile);
    } catch (err) {
      if (!(err instanceof BaselineError)) throw err;
      if (!options.updateBaseline) throw new UsageError(`--baseline: ${err.message}`);
      if (!err.replaceable) throw new UsageError(`--update-baseline: ${err.message.replace(/; (?:fix it or )?recreate it with --update-baseline$/, "")}; port-lint will not overwrite it`);
      damaged = err;
    }
    if (!baseline && !damaged && !options.updateBaseline) {
      throw new UsageError(`--baseline: ${baselineFile} does not exist; create it with --update-baseline`);
    }
  }
  if (baseline && !options.updateBaseline) scanOptions.baseline = baseline;
  if (baselinePath) scanOptions.ownFiles = [baselinePath];
  let result2 = await scan(scanOptions);
  let writeFailed = false;
  if (options.fix || options.fixDryRun) {
    const changes = await fixFiles(root, result2.findings, io.stderr);
    if (options.fixDryRun) {
      io.stdout(changes.map((c) => lineDiff(c.file, c.before, c.after)).join(""));
      io.stderr(`port-lint: --fix would fix ${countFixes(changes)} in ${plural(changes.length, "file")}
`);
      return EXIT_OK;
    }
    const { written, skipped, failed } = writeFixes(root, changes);
    for (const s of skipped) io.stderr(`port-lint: --fix left ${s.file} alone: ${s.reason}
`);
    for (const f of failed) io.stderr(`port-lint: --fix could not write ${f.file}: ${f.reason}; it is unchanged
`);
    if (failed.length === 0) {
      io.stderr(`port-lint: fixed ${countFixes(written)} in ${plural(written.length, "file")}
`);
    } else {
      writeFailed = true;
      io.stderr(
        `port-lint: fixed ${countFixes(written)} in ${plural(written.length, "file")}${written.length > 0 ? ` (${written.map((c) => c.file).join(", ")})` : ""}; ${plural(failed.length, "file")} could not be written and ${failed.length === 1 ? "is" : "are"} unchanged (${failed.map((f) => f.file).join(", ")})
`
      );
    }
    if (written.length > 0) result2 = await scan(scanOptions);
  }
  if (options.updateBaseline) {
    const fresh = refreshBaseline(result2.findings, baseline, result2.inScope);
    const own = createBaseline(result2.findings).entries.length;
    const stale = baseline ? applyBaseline(result2.findings, baseline, (f) => existsSync6(path11.join(root, f)), result2.inScope).stale : 0;
    removeStaleTempFiles(baselinePath);
    try {
      safeWriteFile(baselinePath, serializeBaseline(fresh), { root: writeRootFor(baselinePath, root) });
    } catch (err) {
      if (!(err instanceof WriteError)) throw err;
      throw new UsageError(`--update-baseline: cannot write ${baselineFile}: ${err.detail}; the old baseline is unchanged`);
    }
    io.stderr(
      (damaged ? `port-lint: replaced a damaged baseline: ${damaged.message.replace(/; (?:fix it or )?recreate it with --update-baseline$/, "")}
` : "") + `port-lint: wrote ${baselineFile}: ${plural(result2.findings.length, "finding")} in ${plural(own, "entry", "entries")}` + (fresh.entries.length > own ? `; ${plural(fresh.entries.length - own, "entry", "entries")} of files outside this scan kept` : "") + (baseline ? `; ${plural(stale, "stale entry", "stale entries")} (fixed since) dropped` : "") + "\n"
    );
    return writeFailed ? EXIT_ERROR : EXIT_OK;
  }
  const findings = options.quiet ? result2.findings.filter((f) => f.severity === "error") : result2.findings;
  const enabled = new Map(rules.map((r) => [r.rule.id, r.severity]));
  const report = (format, color) => batched(WRITERS[format](findings, {
    cwd: io.cwd,
    root,
    color,
    rules: RULES.map((rule) => ({ rule, severity: enabled.get(rule.id) ?? "off", docs: ruleDocMarkdown(rule.id) })),
    notices: result2.notices,
    version: VERSION,
    sarifCategory: options.sarifCategory,
    filesScanned: result2.filesScanned,
    suppressed: result2.suppressed,
    baselined: result2.baselined
  }));
  emit(io, report(options.format, useColor(io, options.color, options.output !== void 0)), options.output, root);
  if (options.sarifOutput !== void 0) emit(io, report("sarif", false), options.sarifOutput, root, "--sarif-output");
  if (options.jsonOutput !== void 0) emit(io, report("json", false), options.jsonOutput, root, "--json-output");
  if (result2.stale > 0) {
    io.stderr(
      `port-lint: ${result2.stale} baseline entr${result2.stale === 1 ? "y no longer matches" : "ies no longer match"} (fixed); run with --update-baseline to drop ${result2.stale === 1 ? "it" : "them"}
`
    );
  }
  const errors = countErrors(findings);
  const warnings = findings.length - errors;
  if (writeFailed) return EXIT_ERROR;
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== void 0 && warnings > options.maxWarnings) {
    io.stderr(`port-lint: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}
`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

// src/commands/rules.ts
function registerRules(program2, io, _state) {
  program2.command("rules").description("list the rules with their default severity and description").addOption(new Option("-f, --format <name>", "output format").choices(["text", "json"]).default("text")).action((options) => {
    if (options.format === "json") {
      const list = RULES.map((r) => ({
        id: r.id,
        severity: r.meta.severity,
        scope: r.meta.scope,
        description: r.meta.description,
        docs: ruleDocUrl(r.id)
      }));
      io.stdout(`${JSON.stringify(list, null, 2)}
`);
      return;
    }
    const idWidth = Math.max(...RULES.map((r) => r.id.length));
    for (const r of RULES) {
      io.stdout(`${r.id.padEnd(idWidth)}  ${r.meta.severity.padEnd(7)}  ${r.meta.scope.padEnd(8)}  ${r.meta.description}
`);
    }
  });
}

// src/cli.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
function processIo() {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    readStdin: async (maxBytes) => {
      const chunks = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > maxBytes) {
          process.stdin.destroy();
          break;
        }
      }
      return Buffer.concat(chunks).toString("utf8");
    }
  };
}
function buildProgram(io, state) {
  const program2 = new Command("port-lint").description(
    "Check a repository's network ports against ports.yaml, the single source of truth.\nWithout a command, lints the given paths (default: the current directory)."
  ).version(VERSION, "-v, --version", "print the version").helpOption("-h, --help", "show help").showSuggestionAfterError(true).enablePositionalOptions().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).exitOverride();
  registerLint(program2, io, state);
  registerRules(program2, io, state);
  registerGet(program2, io, state);
  registerCheck(program2, io, state);
  registerGenerate(program2, io, state);
  registerAudit(program2, io, state);
  for (const cmd of program2.commands) cmd.configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).exitOverride();
  return program2;
}
async function main(argv, io = processIo()) {
  const state = { exitCode: EXIT_OK };
  const program2 = buildProgram(io, state);
  try {
    await program2.parseAsync(argv, { from: "user" });
    return state.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    const known = describeKnownError(err);
    if (known) {
      for (const line of known) io.stderr(`${line}
`);
      return EXIT_ERROR;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`port-lint: internal error: ${message}
`);
    if (io.env.PORT_LINT_DEBUG) io.stderr(`${err.stack ?? ""}
`);
    else io.stderr("Set PORT_LINT_DEBUG=1 for a stack trace, and please report this.\n");
    return EXIT_ERROR;
  }
}
export {
  EXIT_ERROR,
  EXIT_FINDINGS,
  EXIT_OK,
  buildProgram,
  main,
  processIo
};
