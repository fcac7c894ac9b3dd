// overblik: the command-line tool (placeholder until the core lands).
#include <cstdio>
int main() {
  std::puts("overblik");
  return 0;
}
