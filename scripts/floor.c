/* The floor: the least work any program must do to read a Cairn plan with the
 * libraries Cairn uses. It reads every file of the plan, runs libyaml's event
 * parser over the YAML (a .md file's front-matter, a .yml file whole) and
 * libcmark's parser and HTML renderer over each Markdown body, and frees
 * everything. Nothing that reads the same bytes with the same libraries can be
 * faster, so scripts/bench compares cairn's time and instructions against it.
 *
 * Build: gcc -O2 -Wall -Wextra -o floor scripts/floor.c \
 *          $(pkg-config --cflags --libs libcmark yaml-0.1)
 * Usage: floor PLAN
 * Prints one line: files read, bytes read, and a checksum (YAML events plus
 * HTML bytes) that keeps the compiler from optimising the work away. */
#include <cmark.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

static unsigned long files, bytes, checksum;

/* Reads a whole file into a fresh buffer; NULL (and a message) on failure. */
static char *read_file(const char *path, size_t *length) {
  int fd = open(path, O_RDONLY);
  struct stat info;
  if (fd < 0 || fstat(fd, &info) != 0) {
    perror(path);
    if (fd >= 0) close(fd);
    return NULL;
  }
  char *text = malloc((size_t)info.st_size + 1);
  size_t done = 0;
  while (text && done < (size_t)info.st_size) {
    ssize_t got = read(fd, text + done, (size_t)info.st_size - done);
    if (got <= 0) break;
    done += (size_t)got;
  }
  close(fd);
  if (text) text[done] = '\0';
  *length = done;
  return text;
}

/* Runs libyaml's event parser to the end of the stream; adds the event count. */
static void parse_yaml(const char *text, size_t length) {
  yaml_parser_t parser;
  yaml_event_t event;
  if (!yaml_parser_initialize(&parser)) return;
  yaml_parser_set_input_string(&parser, (const unsigned char *)text, length);
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) break; /* invalid YAML: stop here */
    checksum += 1;
    int end = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (end) break;
  }
  yaml_parser_delete(&parser);
}

/* Parses Markdown with libcmark and renders it to HTML; adds the HTML length. */
static void parse_markdown(const char *text, size_t length) {
  cmark_node *document = cmark_parse_document(text, length, CMARK_OPT_DEFAULT);
  char *html = cmark_render_html(document, CMARK_OPT_DEFAULT);
  checksum += strlen(html);
  free(html); /* the default allocator is malloc's */
  cmark_node_free(document);
}

/* Returns the length of the line starting at text (without its newline). */
static size_t line_length(const char *text, const char *end) {
  const char *newline = memchr(text, '\n', (size_t)(end - text));
  return (size_t)((newline ? newline : end) - text);
}

/* True if the line is exactly "---" (a trailing '\r' allowed). */
static int is_fence(const char *line, size_t length) {
  if (length == 4 && line[3] == '\r') length = 3;
  return length == 3 && memcmp(line, "---", 3) == 0;
}

/* Reads one file: a .yml file is all YAML; a .md file may open with front-matter
 * (a first line "---" up to the next line "---"), the rest is its Markdown body. */
static void read_plan_file(const char *path, int is_yaml) {
  size_t length;
  char *text = read_file(path, &length);
  if (!text) return;
  files += 1;
  bytes += length;
  const char *body = text, *end = text + length;
  if (is_yaml) {
    parse_yaml(text, length);
  } else if (is_fence(text, line_length(text, end))) {
    const char *yaml = text + line_length(text, end) + 1, *line = yaml;
    while (line < end && !is_fence(line, line_length(line, end))) line += line_length(line, end) + 1;
    if (line < end) { /* a closing fence: the front-matter is between the two */
      parse_yaml(yaml, (size_t)(line - yaml));
      body = line + line_length(line, end);
      if (body < end) body += 1;
    }
  }
  if (!is_yaml) parse_markdown(body, (size_t)(end - body));
  free(text);
}

/* Reads every *.md file under dir, recursively; a missing folder is no error. */
static void read_folder(const char *dir) {
  DIR *folder = opendir(dir);
  if (!folder) return;
  struct dirent *entry;
  while ((entry = readdir(folder)) != NULL) {
    if (entry->d_name[0] == '.') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
    struct stat info;
    if (stat(path, &info) != 0) continue;
    size_t n = strlen(entry->d_name);
    if (S_ISDIR(info.st_mode)) read_folder(path);
    else if (n > 3 && strcmp(entry->d_name + n - 3, ".md") == 0) read_plan_file(path, 0);
  }
  closedir(folder);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: floor PLAN\n");
    return 2;
  }
  static const char *top[] = {"cairn.yml", "skills.yml", "profile.md"};
  static const char *folders[] = {"goals", "roles", "jobs", "resources", "companies", "log"};
  char path[4096];
  for (size_t i = 0; i < sizeof top / sizeof *top; i++) {
    snprintf(path, sizeof path, "%s/%s", argv[1], top[i]);
    if (access(path, R_OK) == 0) read_plan_file(path, strstr(top[i], ".yml") != NULL);
  }
  for (size_t i = 0; i < sizeof folders / sizeof *folders; i++) {
    snprintf(path, sizeof path, "%s/%s", argv[1], folders[i]);
    read_folder(path);
  }
  printf("floor: %lu files, %lu bytes, checksum %lu\n", files, bytes, checksum);
  return files > 0 ? 0 : 1;
}
