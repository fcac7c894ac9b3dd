// Browser entry point (placeholder until the app shell lands).
#include <cstdio>
int main() {
  std::puts("overblik");
  return 0;
}
