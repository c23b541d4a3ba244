import { NextRequest, NextResponse } from "next/server";
import { redirect } from "next/navigation";

export function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get("to") ?? "/";
  // ruleid: javascript.express.open-redirect
  return NextResponse.redirect(target);
}

export default function Page({ searchParams }: { searchParams: { next?: string } }) {
  // ruleid: javascript.express.open-redirect
  redirect(searchParams.next ?? "/");
}

export function POST(request: NextRequest) {
  // ok: javascript.express.open-redirect
  return NextResponse.redirect(new URL("/thanks", request.url));
}

export function middleware(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  // The current URL with another path: same host.
  // ok: javascript.express.open-redirect
  return NextResponse.redirect(url);
}
