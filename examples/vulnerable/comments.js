// Comment widget for the product page.
function commentItem(comment) {
  return `<li class="comment">
    <strong>${comment.author}</strong>
    <p>${comment.body}</p>
  </li>`;
}

async function loadComments(productId) {
  const res = await fetch(`/api/products/${productId}/comments`);
  const comments = await res.json();
  const list = document.getElementById("comments");
  list.innerHTML = comments.map(commentItem).join("");
}

function showSearchBanner() {
  const params = new URLSearchParams(window.location.search);
  const term = params.get("q");
  if (term) {
    document.write("<div class='banner'>Results for <b>" + term + "</b></div>");
  }
}

showSearchBanner();
loadComments(document.body.dataset.productId);
