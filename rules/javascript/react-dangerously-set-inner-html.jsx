import DOMPurify from "dompurify";
import { marked } from "marked";

export function Comment({ comment }) {
  return (
    <div className="comment">
      <strong>{comment.author}</strong>
      <div
        className="body"
        // ruleid: javascript.react.dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: comment.body }}
      />
    </div>
  );
}

export function Markdown({ source }) {
  // ruleid: javascript.react.dangerously-set-inner-html
  return <article dangerouslySetInnerHTML={{ __html: marked.parse(source) }} />;
}

export function CommentSafe({ comment }) {
  return (
    <div className="comment">
      <strong>{comment.author}</strong>
      <p
        className="body"
        // ok: javascript.react.dangerously-set-inner-html
        title={comment.body}
      >
        {comment.body}
      </p>
    </div>
  );
}

export function MarkdownSafe({ source }) {
  // ok: javascript.react.dangerously-set-inner-html
  return <article dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(source)) }} />;
}

export function Icon() {
  // ok: javascript.react.dangerously-set-inner-html
  return <span dangerouslySetInnerHTML={{ __html: "&#9733;" }} />;
}
